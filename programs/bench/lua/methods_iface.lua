-- methods_iface (methods_iface.go): method calls through metatables
local Rect = {}; Rect.__index = Rect
function Rect.new(w, h) return setmetatable({w = w, h = h}, Rect) end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = {}; Square.__index = Square
function Square.new(s) return setmetatable({s = s}, Square) end
function Square:area() return self.s * self.s end
function Square:perimeter() return 4 * self.s end

local Tri = {}; Tri.__index = Tri
function Tri.new(a, b, c) return setmetatable({a = a, b = b, c = c}, Tri) end
function Tri:area() return self.a * self.b // 2 end
function Tri:perimeter() return self.a + self.b + self.c end

local shapes = {}
for i = 0, 99 do
  shapes[#shapes + 1] = Rect.new(i, i + 1)
  shapes[#shapes + 1] = Square.new(i)
  shapes[#shapes + 1] = Tri.new(i, i + 2, i + 3)
end
local total = 0
for _ = 1, 150000 do
  for j = 1, #shapes do
    local s = shapes[j]
    total = total + s:area() - s:perimeter()
  end
  total = total & 0xfffffff
end
print(total)
