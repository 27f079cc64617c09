<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class StorefrontController
{
    #[Route('/', name: 'storefront_home')]
    public function home(Request $request): Response
    {
        $greeting = ['en' => 'Welcome', 'de' => 'Willkommen', 'fr' => 'Bienvenue', 'nl' => 'Welkom'][$request->attributes->get('_locale')];
        return new Response("<h1>{$greeting}</h1>");
    }
}
