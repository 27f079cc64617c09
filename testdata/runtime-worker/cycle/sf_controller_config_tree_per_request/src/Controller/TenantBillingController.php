<?php

namespace App\Controller;

use App\Billing\BillingSettingsConfiguration;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\Config\Definition\Processor;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class TenantBillingController extends AbstractController
{
    #[Route('/tenants/{tenantId}/billing', name: 'tenant_billing_update', methods: ['PUT'])]
    public function update(string $tenantId, Request $request): JsonResponse
    {
        $settings = (new Processor())->processConfiguration(new BillingSettingsConfiguration(), [$request->toArray()]);

        return $this->json(['tenant' => $tenantId, 'settings' => $settings]);
    }
}
