// Package atomic: atomic memory primitives (gosub's standard library, Go
// 1.19 API without Pointer and Value).  Each operation is one native call,
// and natives never switch goroutines, so each is atomic.
package atomic

//go:noescape
func AddInt32(addr *int32, delta int32) (new int32)

//go:noescape
func AddInt64(addr *int64, delta int64) (new int64)

//go:noescape
func AddUint32(addr *uint32, delta uint32) (new uint32)

//go:noescape
func AddUint64(addr *uint64, delta uint64) (new uint64)

//go:noescape
func LoadInt32(addr *int32) (val int32)

//go:noescape
func LoadInt64(addr *int64) (val int64)

//go:noescape
func LoadUint32(addr *uint32) (val uint32)

//go:noescape
func LoadUint64(addr *uint64) (val uint64)

//go:noescape
func StoreInt32(addr *int32, val int32)

//go:noescape
func StoreInt64(addr *int64, val int64)

//go:noescape
func StoreUint32(addr *uint32, val uint32)

//go:noescape
func StoreUint64(addr *uint64, val uint64)

//go:noescape
func SwapInt32(addr *int32, new int32) (old int32)

//go:noescape
func SwapInt64(addr *int64, new int64) (old int64)

//go:noescape
func SwapUint32(addr *uint32, new uint32) (old uint32)

//go:noescape
func SwapUint64(addr *uint64, new uint64) (old uint64)

//go:noescape
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

//go:noescape
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

//go:noescape
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

//go:noescape
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// An Int32 is an atomic int32.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)       { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

// An Int64 is an atomic int64.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)       { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

// A Uint32 is an atomic uint32.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)        { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

// A Uint64 is an atomic uint64.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)        { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

// A Bool is an atomic boolean value.
type Bool struct{ v uint32 }

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool         { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)     { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) bool { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}
