package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y float64 }

func (v *Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	C Color
	T Temp
}

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack(" + strings.Join(parts, "|") + ")"
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red}, map[Color]int{Blue: 2, Red: 0})
	v := Vec{1, 2.5}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %+v\n", v, &v, &v)
	fmt.Println(Temp(21.55), []Temp{1, 2})
	fmt.Println(Err{404}, &Err{500})
	fmt.Printf("%v %s %d\n", Err{1}, Err{2}, Err{3})
	fmt.Println(Both{})
	w := Wrapper{Blue, 5}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Printf("%#v\n", w)
	fmt.Println(Stack{1, 2, 3}, Stack{})
	var st fmt.Stringer = Green
	fmt.Println(st.String(), st)
	s := fmt.Sprint(Red, Green)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(Red, 1, 2, Green), fmt.Sprint("a", Red))
}
