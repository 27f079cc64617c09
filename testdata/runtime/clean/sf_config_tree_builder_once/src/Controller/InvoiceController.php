<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class InvoiceController extends AbstractController
{
    #[Route('/invoices/preview', name: 'invoice_preview', methods: ['POST'])]
    public function preview(Request $request): JsonResponse
    {
        $data = $request->toArray();

        return $this->json([
            'number' => $this->getParameter('billing.invoice.number_prefix').$data['sequence'],
            'currency' => $this->getParameter('billing.currency'),
            'due_in_days' => $this->getParameter('billing.payment_terms_days'),
            'customer' => $data['customer'],
        ]);
    }
}
