// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x64xf32>, %arg1: tensor<32x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x1x64xf32>, %arg5: tensor<2x2x15x16xf32>, %arg6: tensor<2x2x15x16xf32>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x1x16xf32>}> : () -> tensor<2x4x1x16xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[2, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %9 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %11 = tosa.const_shape  {values = dense<[8, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[2, 4, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[2, 2, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %16 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %17 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %18 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %19 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %20 = tosa.reshape %arg4, %2 : (tensor<2x1x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %21 = tosa.reshape %19, %3 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %22 = tosa.matmul %20, %21, %1, %1 : (tensor<1x2x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x64xf32>
    %23 = tosa.reshape %22, %13 : (tensor<1x2x64xf32>, !tosa.shape<4>) -> tensor<2x4x1x16xf32>
    %24 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %25 = tosa.reshape %24, %5 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %26 = tosa.matmul %20, %25, %1, %1 : (tensor<1x2x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x32xf32>
    %27 = tosa.reshape %26, %14 : (tensor<1x2x32xf32>, !tosa.shape<4>) -> tensor<2x2x1x16xf32>
    %28 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %29 = tosa.reshape %28, %5 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %30 = tosa.matmul %20, %29, %1, %1 : (tensor<1x2x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x32xf32>
    %31 = tosa.reshape %30, %14 : (tensor<1x2x32xf32>, !tosa.shape<4>) -> tensor<2x2x1x16xf32>
    %32 = tosa.concat %arg5, %27 {axis = 2 : i32} : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %33 = tosa.concat %arg6, %31 {axis = 2 : i32} : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %34 = tosa.reshape %arg7, %6 : (tensor<2x16xi64>, !tosa.shape<4>) -> tensor<2x1x1x16xi64>
    %35 = tosa.cast %34 : (tensor<2x1x1x16xi64>) -> tensor<2x1x1x16xf32>
    %36 = tosa.sub %15, %35 : (tensor<1x1x1x1xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
    %37 = tosa.mul %36, %16, %7 : (tensor<2x1x1x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x1x1x16xf32>
    %38 = tosa.mul %23, %17, %7 : (tensor<2x4x1x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %39 = tosa.reshape %32, %8 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %40 = tosa.tile %39, %9 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %41 = tosa.reshape %40, %10 : (tensor<2x2x2x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %42 = tosa.reshape %33, %8 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %43 = tosa.tile %42, %9 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %44 = tosa.transpose %41 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %45 = tosa.mul %44, %17, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %46 = tosa.reshape %38, %11 : (tensor<2x4x1x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %47 = tosa.reshape %45, %12 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %48 = tosa.matmul %46, %47, %1, %1 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %49 = tosa.reshape %48, %13 : (tensor<8x1x16xf32>, !tosa.shape<4>) -> tensor<2x4x1x16xf32>
    %50 = tosa.add %49, %37 : (tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %51 = tosa.reduce_max %50 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %52 = tosa.sub %50, %51 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %53 = tosa.exp %52 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %54 = tosa.reduce_sum %53 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %55 = tosa.reciprocal %54 : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %56 = tosa.mul %53, %55, %7 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %57 = tosa.cast %50 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf64>
    %58 = tosa.equal %57, %18 : (tensor<2x4x1x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x1x16xi1>
    %59 = tosa.reduce_all %58 {axis = 3 : i32} : (tensor<2x4x1x16xi1>) -> tensor<2x4x1x1xi1>
    %60 = tosa.select %59, %0, %56 : (tensor<2x4x1x1xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %61 = tosa.reshape %60, %11 : (tensor<2x4x1x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %62 = tosa.reshape %43, %12 : (tensor<2x2x2x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %63 = tosa.matmul %61, %62, %1, %1 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %64 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %65 = tosa.reshape %63, %2 : (tensor<8x1x16xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %66 = tosa.reshape %64, %3 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %67 = tosa.matmul %65, %66, %1, %1 : (tensor<1x2x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x64xf32>
    %68 = tosa.reshape %67, %4 : (tensor<1x2x64xf32>, !tosa.shape<3>) -> tensor<2x1x64xf32>
    return %68, %32, %33 : tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>
  }
}
