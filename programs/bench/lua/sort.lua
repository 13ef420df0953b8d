-- sort (sort.go): table.sort over pseudo-random data from a 32-bit LCG
local n = 200000
local x = 42
local a = {}
local check = 0
for _ = 1, 3 do
  for i = 1, n do
    x = (x * 1664525 + 1013904223) & 0xffffffff
    a[i] = x >> 4
  end
  table.sort(a)
  for i = 0, n - 1, 1000 do
    check = (check * 31 + a[i + 1]) % 1000000007
  end
end
print(check .. " " .. a[1] .. " " .. a[n])
