/* rt_gomath.h — vm-internal: Go 1.19's elementary functions (rt_gomath.c),
 * bit-for-bit as Go computes them on amd64. */
#ifndef GOSUB_VM_RT_GOMATH_H
#define GOSUB_VM_RT_GOMATH_H

double go_exp(double x);
double go_exp2(double x);
double go_expm1(double x);
double go_log(double x);
double go_log2(double x);
double go_log10(double x);
double go_log1p(double x);
double go_sin(double x);
double go_cos(double x);
double go_tan(double x);
double go_asin(double x);
double go_acos(double x);
double go_atan(double x);
double go_atan2(double y, double x);
double go_sinh(double x);
double go_cosh(double x);
double go_tanh(double x);
double go_cbrt(double x);
double go_pow(double x, double y);
double go_hypot(double p, double q);
double go_asinh(double x);
double go_acosh(double x);
double go_atanh(double x);
double go_gamma(double x);
double go_erf(double x);
double go_erfc(double x);

#endif
