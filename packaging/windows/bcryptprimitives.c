/*
 * For the tests under Wine only; never shipped, never in the MSI.
 *
 * Rust's standard library gets its random numbers (HashMap's keys, among others) from
 * ProcessPrng in bcryptprimitives.dll, which Windows 10 and 11 have and Wine 8 lacks: without it
 * the .exe stops at start-up under Wine. This DLL, put in the system32 folder of the test Wine
 * prefix by tests/windows.rs (where Windows has the real one), forwards ProcessPrng to
 * SystemFunction036 (RtlGenRandom) of advapi32, which Wine has. Built by scripts/windows.sh:
 *   x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* Asked in pieces that fit a ULONG: SIZE_T is 64 bits wide. */
    while (length > 0) {
        ULONG piece = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
