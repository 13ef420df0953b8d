-- mandelbrot: counts the points inside the set (mandelbrot.go)
local size, iter = 1200, 50
local inside = 0
for y = 0, size - 1 do
  local ci = 2.0 * y / size - 1.0
  for x = 0, size - 1 do
    local cr = 2.0 * x / size - 1.5
    local zr, zi = 0.0, 0.0
    local i = 0
    while i < iter do
      local tr = zr * zr - zi * zi + cr
      local ti = 2.0 * zr * zi + ci
      zr, zi = tr, ti
      if zr * zr + zi * zi > 4.0 then break end
      i = i + 1
    end
    if i == iter then inside = inside + 1 end
  end
end
print(inside)
