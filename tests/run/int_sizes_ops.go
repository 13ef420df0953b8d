package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt)
	var a8, b8 int8 = -7, 2
	var a16, b16 int16 = -7, 2
	var a32, b32 int32 = -7, 2
	var a64, b64 int64 = -7, 2
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	var u8 uint8 = 250
	var u16 uint16 = 65530
	var u32 uint32 = 4294967290
	var u64 uint64 = 18446744073709551610
	for i := 0; i < 10; i++ {
		u8 += 1
		u16 += 1
		u32 += 1
		u64 += 1
	}
	fmt.Println(u8, u16, u32, u64)
	var s8 int8 = 100
	s8 += 100
	var s16 int16 = 30000
	s16 *= 3
	var s32 int32 = 1 << 30
	s32 *= 4
	var s64 int64 = 1 << 62
	s64 *= 2
	fmt.Println(s8, s16, s32, s64)
	// shifts: counts >= width give 0 (or -1 for negative signed right shift)
	var sh uint = 8
	fmt.Println(uint8(1)<<sh, int8(-1)<<sh, int8(-128)>>sh, uint8(255)>>sh)
	sh = 64
	fmt.Println(uint64(1)<<sh, int64(-5)>>sh, int64(5)>>sh, 1<<(sh-1))
	// conversions between sizes truncate or sign-extend
	big := 0x1234567890ABCDEF
	fmt.Printf("%x %x %x %x\n", uint8(big), uint16(big), uint32(big), uint64(big))
	fmt.Println(int8(big), int16(big), int32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	fmt.Println(int64(uint32(neg)), int32(uint16(neg)), int(int8(uint8(neg+201))))
	// unsigned subtraction wraps
	var x, y uint = 3, 5
	fmt.Println(x-y, y-x, (x-y)/2)
	// mixed-width multiply/compare
	var p int32 = 65536
	fmt.Println(p*p, int64(p)*int64(p), p*p == 0)
	var hx uint16 = 0xBEEF
	fmt.Println(hx>>8, hx&0xff, hx^0xffff, ^hx, -hx)
	var r rune = 'A'
	var b byte = 'a'
	fmt.Println(r+1, b+1, string(r+1), string(rune(b+1)), r-'A', b-'a')
}
