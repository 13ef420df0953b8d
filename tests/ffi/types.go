// types.go — every type an //extern function may use, in both directions,
// against tests/ffi/types.c (build/libtypes.so).  C writes the argument it
// received into out, in decimal, and returns x*2+1 computed with C's
// wrap-around; Go prints what C saw, what C returned, and whether that is
// Go's x*2+1.
package main

import "fmt"

//extern t_int8
//go:noescape
func tInt8(x int8, out *byte) int8

//extern t_int16
//go:noescape
func tInt16(x int16, out *byte) int16

//extern t_int32
//go:noescape
func tInt32(x int32, out *byte) int32

//extern t_int64
//go:noescape
func tInt64(x int64, out *byte) int64

//extern t_int
//go:noescape
func tInt(x int, out *byte) int

//extern t_uint8
//go:noescape
func tUint8(x uint8, out *byte) uint8

//extern t_uint16
//go:noescape
func tUint16(x uint16, out *byte) uint16

//extern t_uint32
//go:noescape
func tUint32(x uint32, out *byte) uint32

//extern t_uint64
//go:noescape
func tUint64(x uint64, out *byte) uint64

//extern t_uint
//go:noescape
func tUint(x uint, out *byte) uint

//extern t_uintptr
//go:noescape
func tUintptr(x uintptr, out *byte) uintptr

//extern t_float32
//go:noescape
func tFloat32(x float32, out *byte) float32

//extern t_float64
//go:noescape
func tFloat64(x float64, out *byte) float64

//extern t_bool
//go:noescape
func tBool(x bool, out *byte) bool

// named types cross as their underlying type
type Celsius float64
type Fd int32
type Flag bool
type Size uintptr

//extern t_float64
//go:noescape
func tCelsius(x Celsius, out *byte) Celsius

//extern t_int32
//go:noescape
func tFd(x Fd, out *byte) Fd

//extern t_bool
//go:noescape
func tFlag(x Flag, out *byte) Flag

//extern t_uintptr
//go:noescape
func tSize(x Size, out *byte) Size

//extern r_int8
func rInt8(k int32) int8

//extern r_int16
func rInt16(k int32) int16

//extern r_int32
func rInt32(k int32) int32

//extern r_int64
func rInt64(k int32) int64

//extern r_uint8
func rUint8(k int32) uint8

//extern r_uint16
func rUint16(k int32) uint16

//extern r_uint32
func rUint32(k int32) uint32

//extern r_uint64
func rUint64(k int32) uint64

//extern r_bool
func rBool(k int32) bool

//extern t_ptr
func tPtr(p *int64, out *byte) *int64

//extern t_store_ptr
func tStorePtr(pp **int64, v *int64)

//extern t_fill
//go:noescape
func tFill(p *int32, n int)

//extern t_many
func tMany(a int8, b uint16, c int32, d int64, e float32, f float64,
	g uint8, h int, i float32, j float64, k bool, l uintptr,
	m int16, n uint32, o, p, q, r, s float64, t int64) float64

//extern t_32
func t32(a0, a1, a2, a3, a4, a5, a6, a7 int64, a8, a9 float64,
	a10, a11, a12, a13, a14, a15, a16, a17, a18, a19 int64,
	a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30 int64, a31 int32) int64

//extern t_tick
func tTick()

//extern t_count
func tCount() int64

var out = make([]byte, 64)

// seen is what C wrote into out: the argument as C received it.
func seen() string {
	n := 0
	for out[n] != 0 {
		n++
	}
	return string(out[:n])
}

func main() {
	for _, x := range []int8{0, 1, -1, 127, -128, 63, -65} {
		r := tInt8(x, &out[0])
		fmt.Println("int8", x, seen(), r, r == x*2+1)
	}
	for _, x := range []int16{0, -1, 32767, -32768, 300} {
		r := tInt16(x, &out[0])
		fmt.Println("int16", x, seen(), r, r == x*2+1)
	}
	for _, x := range []int32{0, -1, 2147483647, -2147483648, 100000} {
		r := tInt32(x, &out[0])
		fmt.Println("int32", x, seen(), r, r == x*2+1)
	}
	for _, x := range []int64{0, -1, 9223372036854775807, -9223372036854775808, 1 << 40} {
		r := tInt64(x, &out[0])
		fmt.Println("int64", x, seen(), r, r == x*2+1)
	}
	for _, x := range []int{0, -1, 9223372036854775807, -9223372036854775808, -5} {
		r := tInt(x, &out[0])
		fmt.Println("int", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uint8{0, 1, 127, 128, 255} {
		r := tUint8(x, &out[0])
		fmt.Println("uint8", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uint16{0, 32768, 65535} {
		r := tUint16(x, &out[0])
		fmt.Println("uint16", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uint32{0, 2147483648, 4294967295} {
		r := tUint32(x, &out[0])
		fmt.Println("uint32", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uint64{0, 9223372036854775808, 18446744073709551615} {
		r := tUint64(x, &out[0])
		fmt.Println("uint64", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uint{0, 18446744073709551615, 12345678901234567890} {
		r := tUint(x, &out[0])
		fmt.Println("uint", x, seen(), r, r == x*2+1)
	}
	for _, x := range []uintptr{0, 4096, 18446744073709551615} {
		r := tUintptr(x, &out[0])
		fmt.Println("uintptr", x, seen(), r, r == x*2+1)
	}
	for _, x := range []float32{0, 0.1, -2.5, 3.4028235e38, 1e-45} {
		r := tFloat32(x, &out[0])
		fmt.Println("float32", x, seen(), r, r == x*2+1)
	}
	for _, x := range []float64{0, 0.1, -2.5, 1.7976931348623157e308, 5e-324} {
		r := tFloat64(x, &out[0])
		fmt.Println("float64", x, seen(), r, r == x*2+1)
	}
	for _, x := range []bool{false, true} {
		r := tBool(x, &out[0])
		fmt.Println("bool", x, seen(), r, r == !x)
	}

	c := tCelsius(36.6, &out[0])
	fmt.Printf("Celsius %s %v %T\n", seen(), c, c)
	fd := tFd(-3, &out[0])
	fmt.Printf("Fd %s %v %T\n", seen(), fd, fd)
	fl := tFlag(Flag(true), &out[0])
	fmt.Printf("Flag %s %v %T\n", seen(), fl, fl)
	sz := tSize(Size(10), &out[0])
	fmt.Printf("Size %s %v %T\n", seen(), sz, sz)

	fmt.Println("results:", rInt8(0), rInt8(1), rInt16(0), rInt16(1), rInt32(0), rInt32(1))
	fmt.Println("results:", rInt64(0), rInt64(1))
	fmt.Println("results:", rUint8(0), rUint8(1), rUint16(0), rUint16(1), rUint32(0), rUint32(1))
	fmt.Println("results:", rUint64(0), rUint64(1), rBool(0), rBool(1), rBool(-7))
	// a narrow result is extended as Go holds it
	var wide int64 = int64(rInt8(1))
	var uwide uint64 = uint64(rUint32(0))
	fmt.Println("extended:", wide, uwide, wide < 0, uwide > 1<<31)

	// pointers: nil, into the heap, back again
	fmt.Println("nil:", tPtr(nil, &out[0]) == nil, seen())
	h := new(int64)
	*h = 77
	fmt.Println("heap:", tPtr(h, &out[0]) == h, seen())
	var p *int64
	v := int64(5)
	tStorePtr(&p, &v)
	fmt.Println("stored:", p == &v, *p)
	*p = 6
	fmt.Println("through it:", v)

	// an array in the goroutine's stack frame, written by C
	var a [6]int32
	tFill(&a[0], len(a))
	fmt.Println("filled:", a)
	s := make([]int32, 1000)
	tFill(&s[0], len(s))
	fmt.Println("filled:", s[999], s[500], len(s))

	fmt.Println("many:", tMany(-1, 2, -3, 4, 0.5, 6, 7, -8, 0.25, 10, true, 12, -13, 14, 15, 16, 17, 18, 19, -20))
	fmt.Println("32 params:", t32(1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1))

	for i := 0; i < 1000; i++ {
		tTick()
	}
	fmt.Println("ticks:", tCount())

	// goroutines calling C in turn
	done := make(chan int64)
	for g := 0; g < 4; g++ {
		go func(g int) {
			var buf [64]byte
			sum := int64(0)
			for i := 0; i < 100; i++ {
				sum += tInt64(int64(g*1000+i), &buf[0])
				tTick()
			}
			done <- sum
		}(g)
	}
	total := int64(0)
	for g := 0; g < 4; g++ {
		total += <-done
	}
	fmt.Println("goroutines:", total, tCount())
}
