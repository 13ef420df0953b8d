// strconv.Itoa, FormatInt and FormatUint in base 10 (two digits at a time
// in gosub) over a range of values and at the limits, hashed.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	h := uint64(0)
	for i := int64(-100000); i <= 100000; i += 7 {
		s := strconv.Itoa(int(i)) + strconv.FormatInt(i*1000003, 10) + strconv.FormatUint(uint64(i)*977, 10)
		for j := 0; j < len(s); j++ {
			h = h*31 + uint64(s[j])
		}
	}
	fmt.Println(h, strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64), strconv.FormatUint(math.MaxUint64, 10), strconv.Itoa(1000), strconv.Itoa(-1000), strconv.Itoa(100), strconv.Itoa(109))
}
