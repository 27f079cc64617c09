<?php
namespace App\Controller\Api;

use App\Order\{Order, OrderRepository};
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/orders/{id}', name: 'api_order_show')]
final class ShowOrderController
{
    private ?Order $lastOrder = null;

    public function __construct(private OrderRepository $repository) {}

    public function __invoke(int $id): JsonResponse
    {
        if ($this->lastOrder?->id !== $id) {
            $this->lastOrder = $this->repository->find($id);
        }
        $order = $this->lastOrder;

        return new JsonResponse([
            'id' => $order->id,
            'status' => $order->status,
            'email' => $order->customerEmail,
            'total' => array_sum(array_map(fn (array $i) => $i['qty'] * $i['cents'], $order->items)) / 100,
        ]);
    }
}
