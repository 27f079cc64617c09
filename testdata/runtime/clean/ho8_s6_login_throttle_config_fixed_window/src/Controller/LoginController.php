<?php
namespace App\Controller;

use App\LoginThrottle\LoginThrottler;
use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class LoginController
{
    public function __construct(private LoginThrottler $throttler) {}

    #[Route('/login', name: 'login_check')]
    public function check(Request $request): Response
    {
        $username = (string) $request->query->get('username');
        if (!$this->throttler->hit((string) $request->headers->get('x-forwarded-for'), $username, (string) $request->headers->get('user-agent'))) {
            return new Response('Too many login attempts, try again later.', 429);
        }
        return new Response('{"token":"' . hash('sha256', $username . random_int(0, PHP_INT_MAX)) . '"}');
    }
}
