// Package time: durations, the wall and monotonic clocks, and sleeping
// (gosub's standard library, a subset of Go 1.19's).  Duration.String is
// native (vm/rt_lib.c) and prints exactly as Go's ("1h2m0.5s", "1.5ms").
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m,
// halfway values away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Time represents an instant with nanosecond precision: wall clock
// nanoseconds since 1970 and a monotonic reading for measuring.
type Time struct {
	wall int64
	mono int64
}

// now returns the wall clock and the monotonic clock, in nanoseconds.
func now() (wall int64, mono int64)

// Now returns the current local time.
func Now() Time {
	w, m := now()
	return Time{w, m}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, saturating at the Duration limits.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.mono - u.mono)
	switch {
	case u.mono+int64(d) == t.mono:
		return d
	case t.mono > u.mono:
		return maxDuration
	default:
		return minDuration
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	return Time{t.wall + int64(d), t.mono + int64(d)}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.mono > u.mono }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.mono < u.mono }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.mono == u.mono }

// IsZero reports whether t is the zero time.
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Unix returns t as a Unix time, the number of seconds since 1970.
func (t Time) Unix() int64 { return t.wall / 1e9 }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.wall / 1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.wall / 1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.wall }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.wall % 1e9) }

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// After waits for the duration to elapse and then sends the current time
// on the returned channel.  (gosub runs the wait in a goroutine, which
// runtime.NumGoroutine counts until it fires.)
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go func() {
		Sleep(d)
		c <- Now()
	}()
	return c
}

// Tick returns a channel delivering the current time every d; nil if
// d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	c := make(chan Time, 1)
	go func() {
		for {
			Sleep(d)
			c <- Now()
		}
	}()
	return c
}
