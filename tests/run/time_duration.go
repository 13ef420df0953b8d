package main

import (
	"fmt"
	"time"
)

func main() {
	durs := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 1500 * time.Millisecond, 90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second, -5 * time.Second}
	for _, d := range durs {
		fmt.Println(d, int64(d))
	}
	d := 3*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Printf("%v %d %s %T\n", time.Second, time.Millisecond, time.Minute, d)
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1234567 * time.Microsecond).Round(time.Millisecond))
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 10*time.Second)
}
