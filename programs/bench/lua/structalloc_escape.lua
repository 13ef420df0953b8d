-- structalloc_escape (structalloc_escape.go)
local function newVec(x, y, z)
  return {x = x, y = y, z = z}
end

local function add(a, b)
  return {x = a.x + b.x, y = a.y + b.y, z = a.z + b.z}
end

local function dot(a, b)
  return a.x * b.x + a.y * b.y + a.z * b.z
end

local sum = 0
for i = 0, 3000000 - 1 do
  local a = newVec(i, i + 1, i + 2)
  local b = newVec(i & 7, i & 15, i & 31)
  local c = add(a, b)
  sum = sum + dot(c, b)
  sum = sum & 0xffffffff
end
print(sum)
