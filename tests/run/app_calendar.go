package main

import (
	"fmt"
	"strings"
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday: 0 = Sunday (Zeller-like, Sakamoto's method)
func weekday(y, m, d int) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

func printMonth(y, m int) {
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	fmt.Printf("%*s\n", (20+len(title))/2, title)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	start := weekday(y, m, 1)
	fmt.Print(strings.Repeat("   ", start))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Printf("%2d", d)
		if (start+d)%7 == 0 {
			fmt.Println()
		} else if d != daysIn(y, m) {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func dayOfYear(y, m, d int) int {
	n := d
	for i := 1; i < m; i++ {
		n += daysIn(y, i)
	}
	return n
}

func main() {
	printMonth(2023, 2)
	printMonth(2024, 2)
	printMonth(1970, 1)
	days := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, dt := range [][3]int{{1969, 7, 20}, {2000, 1, 1}, {2038, 1, 19}, {1900, 3, 1}} {
		fmt.Println(dt, days[weekday(dt[0], dt[1], dt[2])], dayOfYear(dt[0], dt[1], dt[2]))
	}
	leaps := 0
	for y := 1900; y <= 2100; y++ {
		if isLeap(y) {
			leaps++
		}
	}
	fmt.Println("leap years 1900-2100:", leaps)
}
