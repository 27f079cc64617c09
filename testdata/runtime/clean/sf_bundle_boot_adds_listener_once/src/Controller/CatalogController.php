<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

final class CatalogController extends AbstractController
{
    #[Route('/catalog/{slug}', name: 'catalog_category', methods: ['GET'])]
    public function category(string $slug): JsonResponse
    {
        return $this->json(['category' => $slug, 'products' => []]);
    }
}
