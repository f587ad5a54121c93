// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x64xf16>, %arg1: tensor<32x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<64x64xf16>, %arg4: tensor<2x1x64xf16>, %arg5: tensor<2x2x15x16xf16>, %arg6: tensor<2x2x15x16xf16>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x1x16xf32>}> : () -> tensor<2x4x1x16xf32>
    %1 = tosa.const_shape  {values = dense<[2, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf16>}> : () -> tensor<1xf16>
    %3 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[2, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.const_shape  {values = dense<[2, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %8 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %10 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %12 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[8, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = tosa.const_shape  {values = dense<[2, 4, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[2, 2, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %19 = "tosa.const"() <{values = dense<-6.550400e+04> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %20 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %21 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %22 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %23 = tosa.reshape %arg4, %3 : (tensor<2x1x64xf16>, !tosa.shape<3>) -> tensor<1x2x64xf16>
    %24 = tosa.reshape %22, %4 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %25 = tosa.matmul %23, %24, %2, %2 : (tensor<1x2x64xf16>, tensor<1x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x2x64xf32>
    %26 = tosa.reshape %25, %1 : (tensor<1x2x64xf32>, !tosa.shape<2>) -> tensor<2x64xf32>
    %27 = tosa.cast %26 : (tensor<2x64xf32>) -> tensor<2x64xf16>
    %28 = tosa.reshape %27, %16 : (tensor<2x64xf16>, !tosa.shape<4>) -> tensor<2x4x1x16xf16>
    %29 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %30 = tosa.reshape %29, %6 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %31 = tosa.matmul %23, %30, %2, %2 : (tensor<1x2x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x2x32xf32>
    %32 = tosa.reshape %31, %7 : (tensor<1x2x32xf32>, !tosa.shape<2>) -> tensor<2x32xf32>
    %33 = tosa.cast %32 : (tensor<2x32xf32>) -> tensor<2x32xf16>
    %34 = tosa.reshape %33, %17 : (tensor<2x32xf16>, !tosa.shape<4>) -> tensor<2x2x1x16xf16>
    %35 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %36 = tosa.reshape %35, %6 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %37 = tosa.matmul %23, %36, %2, %2 : (tensor<1x2x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x2x32xf32>
    %38 = tosa.reshape %37, %7 : (tensor<1x2x32xf32>, !tosa.shape<2>) -> tensor<2x32xf32>
    %39 = tosa.cast %38 : (tensor<2x32xf32>) -> tensor<2x32xf16>
    %40 = tosa.reshape %39, %17 : (tensor<2x32xf16>, !tosa.shape<4>) -> tensor<2x2x1x16xf16>
    %41 = tosa.concat %arg5, %34 {axis = 2 : i32} : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %42 = tosa.concat %arg6, %40 {axis = 2 : i32} : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %43 = tosa.reshape %arg7, %8 : (tensor<2x16xi64>, !tosa.shape<4>) -> tensor<2x1x1x16xi64>
    %44 = tosa.cast %43 : (tensor<2x1x1x16xi64>) -> tensor<2x1x1x16xf16>
    %45 = tosa.sub %18, %44 : (tensor<1x1x1x1xf16>, tensor<2x1x1x16xf16>) -> tensor<2x1x1x16xf16>
    %46 = tosa.mul %45, %19, %9 : (tensor<2x1x1x16xf16>, tensor<1x1x1x1xf16>, tensor<1xi8>) -> tensor<2x1x1x16xf16>
    %47 = tosa.cast %28 : (tensor<2x4x1x16xf16>) -> tensor<2x4x1x16xf32>
    %48 = tosa.cast %41 : (tensor<2x2x16x16xf16>) -> tensor<2x2x16x16xf32>
    %49 = tosa.cast %42 : (tensor<2x2x16x16xf16>) -> tensor<2x2x16x16xf32>
    %50 = tosa.mul %47, %20, %9 : (tensor<2x4x1x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %51 = tosa.reshape %48, %10 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %52 = tosa.tile %51, %11 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %53 = tosa.reshape %52, %12 : (tensor<2x2x2x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %54 = tosa.reshape %49, %10 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %55 = tosa.tile %54, %11 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %56 = tosa.transpose %53 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %57 = tosa.mul %56, %20, %9 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %58 = tosa.reshape %50, %13 : (tensor<2x4x1x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %59 = tosa.reshape %57, %14 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %60 = tosa.matmul %58, %59, %15, %15 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %61 = tosa.reshape %60, %16 : (tensor<8x1x16xf32>, !tosa.shape<4>) -> tensor<2x4x1x16xf32>
    %62 = tosa.cast %46 : (tensor<2x1x1x16xf16>) -> tensor<2x1x1x16xf32>
    %63 = tosa.add %61, %62 : (tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %64 = tosa.reduce_max %63 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %65 = tosa.sub %63, %64 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %66 = tosa.exp %65 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %67 = tosa.reduce_sum %66 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %68 = tosa.reciprocal %67 : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %69 = tosa.mul %66, %68, %9 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %70 = tosa.cast %63 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf64>
    %71 = tosa.equal %70, %21 : (tensor<2x4x1x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x1x16xi1>
    %72 = tosa.reduce_all %71 {axis = 3 : i32} : (tensor<2x4x1x16xi1>) -> tensor<2x4x1x1xi1>
    %73 = tosa.select %72, %0, %69 : (tensor<2x4x1x1xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %74 = tosa.reshape %73, %13 : (tensor<2x4x1x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %75 = tosa.reshape %55, %14 : (tensor<2x2x2x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %76 = tosa.matmul %74, %75, %15, %15 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %77 = tosa.reshape %76, %16 : (tensor<8x1x16xf32>, !tosa.shape<4>) -> tensor<2x4x1x16xf32>
    %78 = tosa.cast %77 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf16>
    %79 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %80 = tosa.reshape %78, %3 : (tensor<2x4x1x16xf16>, !tosa.shape<3>) -> tensor<1x2x64xf16>
    %81 = tosa.reshape %79, %4 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %82 = tosa.matmul %80, %81, %2, %2 : (tensor<1x2x64xf16>, tensor<1x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x2x64xf32>
    %83 = tosa.reshape %82, %1 : (tensor<1x2x64xf32>, !tosa.shape<2>) -> tensor<2x64xf32>
    %84 = tosa.cast %83 : (tensor<2x64xf32>) -> tensor<2x64xf16>
    %85 = tosa.reshape %84, %5 : (tensor<2x64xf16>, !tosa.shape<3>) -> tensor<2x1x64xf16>
    return %85, %41, %42 : tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>
  }
}
