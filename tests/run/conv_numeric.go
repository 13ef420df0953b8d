package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 0.5, 1.5, 2.5, -0.5, -1.5, 1e9, -2e9, 123.999}
	for _, f := range fs {
		fmt.Print(int(f), int64(f), int32(f), " | ")
	}
	fmt.Println()
	var u uint8 = 255
	fmt.Println(float64(u), float32(u)/2, float64(int8(u)))
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64), int64(float64(i64)), float32(i64))
	f32 := float32(0.1)
	f64 := float64(f32)
	fmt.Println(f32, f64, f64 == 0.1, float32(f64) == f32)
	fmt.Println(math.Float32frombits(0x3f800000), math.Float64frombits(0x4000000000000000))
	n := 7
	fmt.Println(float64(n)/2, n/2, float64(n/2), float32(n)/3)
	var small float64 = 1e-300
	fmt.Println(small*small, float32(small), -small*1e-300)
	big := 3.4e38
	fmt.Println(float32(big), float32(big*10))
	x := 255
	fmt.Println(string(rune(x)), fmt.Sprint(x), uint8(x+1))
	type MyInt int
	type MyFloat float64
	mi := MyInt(10)
	mf := MyFloat(mi) / 4
	fmt.Println(mi, mf, int(mf), MyInt(mf*4))
	fmt.Printf("%T %T\n", mi, mf)
	var d time = 90
	fmt.Println(d.Minutes(), int64(d))
	bs := []byte("AZ")
	rs := []rune("Aé")
	fmt.Println(bs, rs, string(bs), string(rs))
	fmt.Println(math.Trunc(2.7), math.Round(-0.4), uint32(math.Floor(3.9)), int(math.Ceil(-3.1)))
}

type time int64

func (t time) Minutes() float64 { return float64(t) / 60 }
