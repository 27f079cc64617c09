<?php

namespace App\Http\Controllers;

use App\Events\EmailVerified;
use App\Events\UserRegistered;
use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Event;

class RegisteredUserController
{
    public function store(Request $request): string
    {
        $user = new User(random_int(1, PHP_INT_MAX), $request->input('email'), $request->input('name'), $request->input('profile'));
        Event::dispatch(new UserRegistered($user));

        return json_encode(['id' => $user->id]);
    }

    public function verify(Request $request): string
    {
        Event::dispatch(new EmailVerified((int) $request->input('id')));

        return 'verified';
    }
}
