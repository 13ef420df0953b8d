// Narrow integer results of bitwise operations, right shifts, remainders
// and quotients stay in their type's range without a separate truncation:
// each printed value would be wrong (out of range) if one slipped through.
package main

import "fmt"

//go:noinline
func i8(a, b int8) []int8 {
	return []int8{a & b, a | b, a ^ b, a &^ b, a >> 1, a >> 7, a >> 9, a % b, a / b, ^a, -a, a * b, a + b, a - b, a << 1}
}

//go:noinline
func u8(a, b uint8) []uint8 {
	return []uint8{a & b, a | b, a ^ b, a &^ b, a >> 1, a >> 7, a >> 9, a % b, a / b, ^a, -a, a * b, a + b, a - b, a << 1}
}

//go:noinline
func i32(a, b int32) []int32 {
	return []int32{a & b, a | b, a ^ b, a &^ b, a >> 1, a >> 31, a >> 40, a % b, a / b, ^a, -a, a * b, a + b, a - b, a << 1,
		a & 0x7f, a | -2, a ^ -1, a &^ 0xff, a % 7, a / 3, a % -7, a / -3}
}

//go:noinline
func u32(a, b uint32) []uint32 {
	return []uint32{a & b, a | b, a ^ b, a &^ b, a >> 1, a >> 31, a >> 40, a % b, a / b, ^a, -a, a * b, a + b, a - b, a << 1,
		a & 0x7f, a | 0x80000000, a ^ 0xffffffff, a &^ 0xff, a % 7, a / 3}
}

//go:noinline
func u16(a, b uint16) []uint16 {
	return []uint16{a & b, a | b, a ^ b, a &^ b, a >> 3, a % b, a / b, a ^ 0xffff, a &^ 1}
}

//go:noinline
func i16(a, b int16) []int16 {
	return []int16{a & b, a | b, a ^ b, a &^ b, a >> 3, a % b, a / b, a ^ -1, a &^ 1, a / -1}
}

func main() {
	for _, p := range [][2]int8{{-128, -1}, {127, 3}, {-7, 2}, {100, -100}, {-1, 127}} {
		fmt.Println(i8(p[0], p[1]))
	}
	for _, p := range [][2]uint8{{255, 1}, {128, 255}, {7, 2}, {200, 100}} {
		fmt.Println(u8(p[0], p[1]))
	}
	for _, p := range [][2]int32{{-2147483648, -1}, {2147483647, 3}, {-7, 2}, {123456789, -98765}} {
		fmt.Println(i32(p[0], p[1]))
	}
	for _, p := range [][2]uint32{{4294967295, 1}, {2147483648, 4294967295}, {7, 2}, {3000000000, 12345}} {
		fmt.Println(u32(p[0], p[1]))
	}
	for _, p := range [][2]uint16{{65535, 2}, {32768, 65535}} {
		fmt.Println(u16(p[0], p[1]))
	}
	for _, p := range [][2]int16{{-32768, -1}, {32767, -2}} {
		fmt.Println(i16(p[0], p[1]))
	}
	// compound assignment and comparisons after the operations
	x := uint32(12345)
	var h uint32 = 2166136261
	for i := 0; i < 1000; i++ {
		x = x*1103515245 + 12345
		h ^= x >> 8
		h *= 16777619
		h %= 4000000000
		k := int32(x) >> 3
		k &^= 5
		k /= -3
		if k > 1<<28 || k < -(1<<28) || h > 4000000000 {
			fmt.Println("out of range", k, h)
		}
	}
	fmt.Println(x, h)
	var m int8 = -128
	m /= -1
	fmt.Println(m, m == -128)
}
