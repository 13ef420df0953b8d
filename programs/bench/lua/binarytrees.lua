-- binarytrees: allocation-heavy (binarytrees.go)
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return {bottomUp(depth - 1), bottomUp(depth - 1)}
end

local function check(n)
  if n[1] == nil then return 1 end
  return 1 + check(n[1]) + check(n[2])
end

local minDepth, maxDepth = 4, 15
local total = 0
total = total + check(bottomUp(maxDepth + 1))
local longLived = bottomUp(maxDepth)
for d = minDepth, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + minDepth)
  local c = 0
  for _ = 1, iters do c = c + check(bottomUp(d)) end
  total = total + c
end
total = total + check(longLived)
print(total)
