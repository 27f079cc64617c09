<?php

namespace App\Http\Controllers;

use App\Security\CurrentCustomer;
use Illuminate\Http\JsonResponse;

class LoginController extends Controller
{
    public function store(CurrentCustomer $customer): JsonResponse
    {
        return new JsonResponse(['message' => 'Invalid credentials.', 'email' => $customer->email], 422);
    }
}
