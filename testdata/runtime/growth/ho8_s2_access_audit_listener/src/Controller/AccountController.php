<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class AccountController
{
    #[Route('/account/security', name: 'account_security')]
    public function security(Request $request): Response
    {
        return new Response('<h1>Security settings</h1><p>Signed in as ' . htmlspecialchars($request->headers->get('x-user-id')) . '</p>');
    }
}
