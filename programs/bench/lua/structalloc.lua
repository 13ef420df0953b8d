-- structalloc (structalloc.go): Lua has no stack structs, every vector is a table
local function addInto(out, a, b)
  out.x = a.x + b.x
  out.y = a.y + b.y
  out.z = a.z + b.z
end

local function dot(a, b)
  return a.x * b.x + a.y * b.y + a.z * b.z
end

local sum = 0
for i = 0, 25000000 - 1 do
  local a = {x = i, y = i + 1, z = i + 2}
  local b = {x = i & 7, y = i & 15, z = i & 31}
  local c = {x = 0, y = 0, z = 0}
  addInto(c, a, b)
  sum = sum + dot(c, b)
  sum = sum & 0xffffffff
end
print(sum)
