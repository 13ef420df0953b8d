package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type MyErr struct{ Msg string }

func (e *MyErr) Error() string { return "myerr: " + e.Msg }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice sum-ish %d", len(x))
	case Point:
		return fmt.Sprintf("point %d", x.X+x.Y)
	case *Point:
		return fmt.Sprintf("point ptr %d", x.X*x.Y)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	vals := []interface{}{nil, 41, int8(3), int16(4), "hello", true, false, []int{1, 2},
		Point{2, 3}, &Point{2, 3}, errors.New("plain"), &MyErr{"custom"}, S{},
		func() int { return 7 }, 3.5, map[string]int{}, uint(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error = &MyErr{"x"}
	switch e.(type) {
	case *MyErr:
		fmt.Println("is *MyErr")
	}
	switch v := interface{}(42).(type) {
	case string, int:
		fmt.Printf("%T %v\n", v, v)
	}
	var i interface{} = 2.5
	switch i.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("default first")
	case float32:
		fmt.Println("float32")
	}
}
