package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63), popcount(^uint64(0)))
	fmt.Printf("%032b\n", reverseBits(1))
	fmt.Printf("%08x\n", reverseBits(0x12345678))
	for _, x := range []int{0, 1, 2, 3, 64, 96, 1024} {
		fmt.Print(isPow2(x), " ")
	}
	fmt.Println()
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a>>1, a<<3)
	var u8 uint8 = 0xF0
	fmt.Println(^u8, u8>>4, u8<<1, u8<<4)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, -i8, i8/-1)
	x := 0x0F0F
	x ^= 0xFFFF
	x |= 1
	x &^= 0x100
	x <<= 2
	x >>= 1
	fmt.Printf("%#x %o %O %b\n", x, x, x, x)
	var s uint = 70
	fmt.Println(1<<s == 0, uint64(1)<<(s-7), int64(-1)>>s)
	// lowest set bit, gray code
	for i := 0; i < 8; i++ {
		fmt.Printf("%d:%03b:%d ", i, i^(i>>1), i&-i)
	}
	fmt.Println()
}
