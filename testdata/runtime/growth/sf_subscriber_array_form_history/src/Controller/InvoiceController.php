<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/invoices')]
final class InvoiceController extends AbstractController
{
    #[Route('/{id}', name: 'invoice_show', requirements: ['id' => '\d+'], methods: ['GET'])]
    public function show(int $id): JsonResponse
    {
        return $this->json([
            'id' => $id,
            'number' => sprintf('INV-2024-%06d', $id),
            'customer' => ['id' => 1000 + $id % 97, 'name' => "Customer {$id}"],
            'lines' => array_map(fn (int $n) => ['sku' => sprintf('SKU-%d-%d', $id, $n), 'qty' => $n + 1, 'label' => str_repeat('Widget ', 16)], range(1, 4)),
        ]);
    }
}
