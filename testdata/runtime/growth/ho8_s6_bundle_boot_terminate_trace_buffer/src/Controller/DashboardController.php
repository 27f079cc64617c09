<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class DashboardController
{
    #[Route('/dashboard', name: 'dashboard')]
    public function index(Request $request): Response
    {
        return new Response('<h1>Last ' . htmlspecialchars((string) $request->query->get('range')) . '</h1><canvas id="signups"></canvas>');
    }
}
