-- strings (strings.go): a buffer table joined with table.concat stands for
-- strings.Builder, tostring for strconv.Itoa, a table for map[string]int
local counts = {}
local total = 0
for round = 0, 499 do
  local b = {}
  local nb = 0
  for i = 0, 4999 do
    nb = nb + 1; b[nb] = "w"
    nb = nb + 1; b[nb] = tostring((i * 7919 + round) % 1000)
    nb = nb + 1; b[nb] = " "
  end
  local s = table.concat(b)
  total = total + #s
  for w in s:gmatch("([^ ]*) ") do
    counts[w] = (counts[w] or 0) + 1
  end
end
local sum, nkeys = 0, 0
for k, v in pairs(counts) do
  nkeys = nkeys + 1
  sum = sum + tonumber(k:sub(2)) * v
end
print(total .. " " .. nkeys .. " " .. sum)
