-- maps (maps.go): integer-keyed table with insertion, lookup and deletion
local m = {}
local x = 12345
local sum = 0
for i = 0, 1000000 - 1 do
  x = (x * 1103515245 + 12345) & 0xffffffff
  local k = (x >> 8) % 100000
  m[k] = (m[k] or 0) + i
  local v = m[k ~ 1]
  if v ~= nil then sum = sum + (v & 1023) end
  if i % 3 == 0 then m[(k * 7) % 100000] = nil end
end
local n = 0
for _ in pairs(m) do n = n + 1 end
print(n .. " " .. sum)
