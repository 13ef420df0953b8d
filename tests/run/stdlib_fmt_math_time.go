package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"time"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

type Inner struct {
	A int
	b string
}
type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	L     []int
	M     map[string]int
	E     error
	I     interface{}
	Pt    Point
	pt    Point
	F     float32
	Bytes []byte
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type bad struct{}

func (bad) String() string { panic("oops") }

func main() {
	o := Outer{Name: "x", In: Inner{1, "s"}, L: []int{1, 2}, M: map[string]int{"z": 1, "a": 2}, E: errors.New("e!"), I: 3.5, Pt: Point{1, 2}, pt: Point{3, 4}, F: 0.1, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{1, "s"})
	fmt.Printf("%v %+v %s %d\n", &o.In, &Point{5, 6}, Point{7, 8}, Point{9, 10})
	fmt.Println(Red, Green, Color(7), []Color{Red, Green}, map[Color]int{Green: 1, Red: 2})
	fmt.Printf("%v %d %x %08.3f %-8s| %8s| %+d %x %X %o %b %c %U %q\n", Celsius(36.6), Red, 255, math.Pi, "ab", "cd", 5, "hi", []byte("hi"), 8, 5, 'A', 'é', 'x')
	fmt.Printf("%e %E %g %G %.3e %.10g %v %v %v %v\n", 123456.789, 0.000123, 1e-7, 1e21, math.E, math.Pi, float32(1.1), 1e6, 123456789.0, math.Inf(-1))
	fmt.Printf("%5.1f|%-7.2f|%07.2f|%+.1e|% d|%x\n", 3.14159, 2.5, -1.5, 12345.678, 42, -255)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%[2]d %[1]d %*d %.*f\n", 1, 2, 5, 3, 2, 3.14159)
	// fmt.Println(bad{})
	var np *Point
	fmt.Println(np)
	var e error
	fmt.Println(e, []error{nil}, map[string]interface{}{"a": nil, "b": []int(nil)})
	fmt.Printf("%v %v %v\n", [3]int{1, 2, 3}, [][]int{{1}, {2, 3}}, struct{}{})
	fmt.Printf("%T %T %T %T %T %T\n", o, &o, o.L, o.M, o.E, Red)
	fmt.Printf("%6.2v|%-6v|%06d|%x|% x|%#x\n", "abcdef", 12, -42, "hello", "hello", "hello")
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Sin(1), math.Cos(1), math.Exp(1), math.Log(10), math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Mod(7, 3), math.Hypot(3, 4), math.Atan2(1, 1), math.Abs(-3), math.Max(1, math.NaN()), math.Min(-0.0, 0))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Cbrt(27), math.Log2(8), math.Log10(1000))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Float64(), r.Perm(5), rand.Intn(10))
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, time.Duration(1500), d.Seconds(), d.Milliseconds(), time.Duration(0), -d)
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Second)
	fmt.Printf("%v %s %d\n", d, d, d)
	fmt.Fprintf(os.Stdout, "%s=%v\n", "k", []string{"a"})
	s := fmt.Sprintln("a", 1, true)
	fmt.Print(s)
	fmt.Print("x", 1, 2, "y", 3.5, nil, "\n")
	err := fmt.Errorf("bad value %d: %w", 42, errors.New("file does not exist"))
	fmt.Println(err)
}
