<?php
namespace App\Controller;

use App\Chat\MessageStore;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\{JsonResponse, Request};
use Symfony\Component\Routing\Attribute\Route;

final class ChatController extends AbstractController
{
    private const ROOMS = ['general', 'random', 'support', 'releases'];

    /** @var array<string, int> newest message id served per room */
    private array $cursors = [];

    public function __construct(private MessageStore $messages) {}

    #[Route('/chat/{room}/poll', name: 'chat_poll')]
    public function poll(string $room, Request $request): JsonResponse
    {
        $room = in_array($room, self::ROOMS, true) ? $room : 'general';
        $since = max((int) $request->query->get('since', 0), $this->cursors[$room] ?? 0);
        $messages = $this->messages->since($room, $since);
        if ($messages !== []) {
            $this->cursors[$room] = end($messages)['id'];
        }

        return $this->json(['room' => $room, 'messages' => $messages, 'cursor' => $this->cursors[$room] ?? $since]);
    }
}
