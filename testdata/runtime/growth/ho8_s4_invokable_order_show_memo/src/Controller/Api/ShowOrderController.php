<?php
namespace App\Controller\Api;

use App\Order\{Order, OrderRepository};
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/orders/{id}', name: 'api_order_show')]
final class ShowOrderController
{
    /** @var array<int, Order> */
    private array $orders = [];

    public function __construct(private OrderRepository $repository) {}

    public function __invoke(int $id): JsonResponse
    {
        $order = $this->orders[$id] ??= $this->repository->find($id); // leak

        return new JsonResponse([
            'id' => $order->id,
            'status' => $order->status,
            'email' => $order->customerEmail,
            'total' => array_sum(array_map(fn (array $i) => $i['qty'] * $i['cents'], $order->items)) / 100,
        ]);
    }
}
