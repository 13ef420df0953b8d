package main

import (
	"fmt"
	"strings"
)

func mandel(cr, ci float64, max int) int {
	zr, zi := 0.0, 0.0
	for i := 0; i < max; i++ {
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
		if zr*zr+zi*zi > 4 {
			return i
		}
	}
	return max
}

func main() {
	const w, h, max = 60, 24, 200
	chars := " .:-=+*#%@"
	total := 0
	for y := 0; y < h; y++ {
		var sb strings.Builder
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.2*float64(x)/w
			ci := -1.2 + 2.4*float64(y)/h
			n := mandel(cr, ci, max)
			total += n
			if n == max {
				sb.WriteByte('@')
			} else {
				sb.WriteByte(chars[n%(len(chars)-1)])
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println("total iterations:", total)
}
