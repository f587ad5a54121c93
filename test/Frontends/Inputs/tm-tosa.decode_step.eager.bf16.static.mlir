// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x64xbf16>, %arg1: tensor<32x64xbf16>, %arg2: tensor<32x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<2x1x64xbf16>, %arg5: tensor<2x2x15x16xbf16>, %arg6: tensor<2x2x15x16xbf16>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) {
    %0 = tosa.const_shape  {values = dense<[2, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}> : () -> tensor<1xbf16>
    %2 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[2, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = tosa.const_shape  {values = dense<[2, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %9 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %12 = tosa.const_shape  {values = dense<[8, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[2, 4, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[2, 2, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %17 = "tosa.const"() <{values = dense<-3.389530e+38> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %18 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %19 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %20 = tosa.reshape %arg4, %2 : (tensor<2x1x64xbf16>, !tosa.shape<3>) -> tensor<1x2x64xbf16>
    %21 = tosa.reshape %19, %3 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %22 = tosa.matmul %20, %21, %1, %1 : (tensor<1x2x64xbf16>, tensor<1x64x64xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x2x64xf32>
    %23 = tosa.reshape %22, %0 : (tensor<1x2x64xf32>, !tosa.shape<2>) -> tensor<2x64xf32>
    %24 = tosa.cast %23 : (tensor<2x64xf32>) -> tensor<2x64xbf16>
    %25 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<32x64xbf16>) -> tensor<64x32xbf16>
    %26 = tosa.reshape %25, %5 : (tensor<64x32xbf16>, !tosa.shape<3>) -> tensor<1x64x32xbf16>
    %27 = tosa.matmul %20, %26, %1, %1 : (tensor<1x2x64xbf16>, tensor<1x64x32xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x2x32xf32>
    %28 = tosa.reshape %27, %6 : (tensor<1x2x32xf32>, !tosa.shape<2>) -> tensor<2x32xf32>
    %29 = tosa.cast %28 : (tensor<2x32xf32>) -> tensor<2x32xbf16>
    %30 = tosa.reshape %29, %15 : (tensor<2x32xbf16>, !tosa.shape<4>) -> tensor<2x2x1x16xbf16>
    %31 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xbf16>) -> tensor<64x32xbf16>
    %32 = tosa.reshape %31, %5 : (tensor<64x32xbf16>, !tosa.shape<3>) -> tensor<1x64x32xbf16>
    %33 = tosa.matmul %20, %32, %1, %1 : (tensor<1x2x64xbf16>, tensor<1x64x32xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x2x32xf32>
    %34 = tosa.reshape %33, %6 : (tensor<1x2x32xf32>, !tosa.shape<2>) -> tensor<2x32xf32>
    %35 = tosa.cast %34 : (tensor<2x32xf32>) -> tensor<2x32xbf16>
    %36 = tosa.reshape %35, %15 : (tensor<2x32xbf16>, !tosa.shape<4>) -> tensor<2x2x1x16xbf16>
    %37 = tosa.concat %arg5, %30 {axis = 2 : i32} : (tensor<2x2x15x16xbf16>, tensor<2x2x1x16xbf16>) -> tensor<2x2x16x16xbf16>
    %38 = tosa.concat %arg6, %36 {axis = 2 : i32} : (tensor<2x2x15x16xbf16>, tensor<2x2x1x16xbf16>) -> tensor<2x2x16x16xbf16>
    %39 = tosa.reshape %arg7, %7 : (tensor<2x16xi64>, !tosa.shape<4>) -> tensor<2x1x1x16xi64>
    %40 = tosa.cast %39 : (tensor<2x1x1x16xi64>) -> tensor<2x1x1x16xbf16>
    %41 = tosa.sub %16, %40 : (tensor<1x1x1x1xbf16>, tensor<2x1x1x16xbf16>) -> tensor<2x1x1x16xbf16>
    %42 = tosa.mul %41, %17, %8 : (tensor<2x1x1x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x1x1x16xbf16>
    %43 = tosa.reshape %37, %9 : (tensor<2x2x16x16xbf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xbf16>
    %44 = tosa.tile %43, %10 : (tensor<2x2x1x16x16xbf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xbf16>
    %45 = tosa.reshape %44, %11 : (tensor<2x2x2x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %46 = tosa.reshape %38, %9 : (tensor<2x2x16x16xbf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xbf16>
    %47 = tosa.tile %46, %10 : (tensor<2x2x1x16x16xbf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xbf16>
    %48 = tosa.transpose %45 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xbf16>
    %49 = tosa.reshape %24, %12 : (tensor<2x64xbf16>, !tosa.shape<3>) -> tensor<8x1x16xbf16>
    %50 = tosa.reshape %48, %13 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %51 = tosa.matmul %49, %50, %1, %1 : (tensor<8x1x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x1x16xf32>
    %52 = tosa.cast %51 : (tensor<8x1x16xf32>) -> tensor<8x1x16xbf16>
    %53 = tosa.reshape %52, %14 : (tensor<8x1x16xbf16>, !tosa.shape<4>) -> tensor<2x4x1x16xbf16>
    %54 = tosa.mul %53, %18, %8 : (tensor<2x4x1x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x1x16xbf16>
    %55 = tosa.add %54, %42 : (tensor<2x4x1x16xbf16>, tensor<2x1x1x16xbf16>) -> tensor<2x4x1x16xbf16>
    %56 = tosa.cast %55 : (tensor<2x4x1x16xbf16>) -> tensor<2x4x1x16xf32>
    %57 = tosa.reduce_max %56 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %58 = tosa.sub %56, %57 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %59 = tosa.exp %58 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %60 = tosa.reduce_sum %59 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %61 = tosa.reciprocal %60 : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %62 = tosa.mul %59, %61, %8 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %63 = tosa.cast %62 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xbf16>
    %64 = tosa.reshape %63, %12 : (tensor<2x4x1x16xbf16>, !tosa.shape<3>) -> tensor<8x1x16xbf16>
    %65 = tosa.reshape %47, %13 : (tensor<2x2x2x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %66 = tosa.matmul %64, %65, %1, %1 : (tensor<8x1x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x1x16xf32>
    %67 = tosa.cast %66 : (tensor<8x1x16xf32>) -> tensor<8x1x16xbf16>
    %68 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %69 = tosa.reshape %67, %2 : (tensor<8x1x16xbf16>, !tosa.shape<3>) -> tensor<1x2x64xbf16>
    %70 = tosa.reshape %68, %3 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %71 = tosa.matmul %69, %70, %1, %1 : (tensor<1x2x64xbf16>, tensor<1x64x64xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1x2x64xf32>
    %72 = tosa.reshape %71, %0 : (tensor<1x2x64xf32>, !tosa.shape<2>) -> tensor<2x64xf32>
    %73 = tosa.cast %72 : (tensor<2x64xf32>) -> tensor<2x64xbf16>
    %74 = tosa.reshape %73, %4 : (tensor<2x64xbf16>, !tosa.shape<3>) -> tensor<2x1x64xbf16>
    return %74, %37, %38 : tensor<2x1x64xbf16>, tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>
  }
}
