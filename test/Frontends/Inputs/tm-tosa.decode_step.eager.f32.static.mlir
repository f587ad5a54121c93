// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x64xf32>, %arg1: tensor<32x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x1x64xf32>, %arg5: tensor<2x2x15x16xf32>, %arg6: tensor<2x2x15x16xf32>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[2, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %8 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %9 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.const_shape  {values = dense<[8, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[2, 4, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[2, 2, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %15 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %16 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %17 = tosa.transpose %arg0 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %18 = tosa.reshape %arg4, %1 : (tensor<2x1x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %19 = tosa.reshape %17, %2 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %20 = tosa.matmul %18, %19, %0, %0 : (tensor<1x2x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x64xf32>
    %21 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %22 = tosa.reshape %21, %4 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %23 = tosa.matmul %18, %22, %0, %0 : (tensor<1x2x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x32xf32>
    %24 = tosa.reshape %23, %13 : (tensor<1x2x32xf32>, !tosa.shape<4>) -> tensor<2x2x1x16xf32>
    %25 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %26 = tosa.reshape %25, %4 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %27 = tosa.matmul %18, %26, %0, %0 : (tensor<1x2x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x32xf32>
    %28 = tosa.reshape %27, %13 : (tensor<1x2x32xf32>, !tosa.shape<4>) -> tensor<2x2x1x16xf32>
    %29 = tosa.concat %arg5, %24 {axis = 2 : i32} : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %30 = tosa.concat %arg6, %28 {axis = 2 : i32} : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %31 = tosa.reshape %arg7, %5 : (tensor<2x16xi64>, !tosa.shape<4>) -> tensor<2x1x1x16xi64>
    %32 = tosa.cast %31 : (tensor<2x1x1x16xi64>) -> tensor<2x1x1x16xf32>
    %33 = tosa.sub %14, %32 : (tensor<1x1x1x1xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
    %34 = tosa.mul %33, %15, %6 : (tensor<2x1x1x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x1x1x16xf32>
    %35 = tosa.reshape %29, %7 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %36 = tosa.tile %35, %8 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %37 = tosa.reshape %36, %9 : (tensor<2x2x2x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %38 = tosa.reshape %30, %7 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %39 = tosa.tile %38, %8 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %40 = tosa.transpose %37 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %41 = tosa.reshape %20, %10 : (tensor<1x2x64xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %42 = tosa.reshape %40, %11 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %43 = tosa.matmul %41, %42, %0, %0 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %44 = tosa.reshape %43, %12 : (tensor<8x1x16xf32>, !tosa.shape<4>) -> tensor<2x4x1x16xf32>
    %45 = tosa.mul %44, %16, %6 : (tensor<2x4x1x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %46 = tosa.add %45, %34 : (tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %47 = tosa.reduce_max %46 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %48 = tosa.sub %46, %47 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) -> tensor<2x4x1x16xf32>
    %49 = tosa.exp %48 : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
    %50 = tosa.reduce_sum %49 {axis = 3 : i32} : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x1xf32>
    %51 = tosa.reciprocal %50 : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %52 = tosa.mul %49, %51, %6 : (tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1x16xf32>
    %53 = tosa.reshape %52, %10 : (tensor<2x4x1x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %54 = tosa.reshape %39, %11 : (tensor<2x2x2x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %55 = tosa.matmul %53, %54, %0, %0 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x16xf32>
    %56 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %57 = tosa.reshape %55, %1 : (tensor<8x1x16xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %58 = tosa.reshape %56, %2 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %59 = tosa.matmul %57, %58, %0, %0 : (tensor<1x2x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x64xf32>
    %60 = tosa.reshape %59, %3 : (tensor<1x2x64xf32>, !tosa.shape<3>) -> tensor<2x1x64xf32>
    return %60, %29, %30 : tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>
  }
}
