<?php

namespace App\Http\Controllers;

use App\Security\LoginAttempt;
use App\Security\LoginThrottle;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class LoginController extends Controller
{
    public function __construct(private LoginThrottle $throttle)
    {
    }

    public function store(Request $request): JsonResponse
    {
        $email = (string) $request->input('email');
        if ($this->throttle->tooManyAttempts($email)) {
            return new JsonResponse(['message' => 'Too many login attempts.'], 429);
        }
        $this->throttle->hit($email, new LoginAttempt((string) $request->ip(), (string) $request->header('user-agent'), time()));

        return new JsonResponse(['message' => 'Invalid credentials.'], 422);
    }
}
