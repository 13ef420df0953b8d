-- closures (closures.go)
local function makeAdder(k)
  return function(v) return v + k end
end

local function apply(f, n)
  return f(n)
end

local total, counter = 0, 0
local function inc(d) counter = counter + d end
for i = 0, 3000000 - 1 do
  local add = makeAdder(i & 255)
  total = total + apply(add, i)
  total = total + apply(function(v) return v ~ i end, 7)
  inc(i & 3)
  total = total & 0xfffffff
end
print(total .. " " .. counter)
