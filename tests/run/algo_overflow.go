package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var n int = 9223372036854775807
	var u uint = 0
	var up uintptr = 0
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	n++
	u--
	up--
	fmt.Println(i8, i16, i32, i64, n)
	fmt.Println(u8, u16, u32, u64, u, up)

	// loops that wrap many times
	var a8 int8
	var b16 uint16
	var c32 int32 = 1
	var d64 uint64 = 1
	for k := 0; k < 1000; k++ {
		a8 += 7
		b16 = b16*31 + 17
		c32 *= 3
		d64 = d64*6364136223846793005 + 1442695040888963407
	}
	fmt.Println(a8, b16, c32, d64)

	var m int32 = -2147483648
	fmt.Println(-m, m/-1, m%-1, m*-1)
	var q int64 = -9223372036854775808
	fmt.Println(-q, q-1, q/-1)
	var w uint8 = 200
	fmt.Println(w+w, w*3, uint8(w*w), -w)
	fmt.Println(int8(w), int16(int8(w)), uint32(int8(w)), uint64(int32(m/m-2)))
	h := uint32(2166136261)
	for _, ch := range []byte("hello, world") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1)
}
