<?php

namespace SupportBot\Bot;

use SupportBot\Nlu\IntentParser;

final class DialogManager
{
    use TracksDialogScope;

    public function __construct(
        private IntentParser $parser,
        private HumanHandoff $handoff,
    ) {
    }

    public function handle(Update $update): array
    {
        $scope = self::enterScope(new DialogScope(
            $update,
            sprintf('%s-%d', $update->chatId, $update->updateId),
            ['last_text' => $update->text, 'user' => $update->userName],
        ));

        try {
            $intent = $this->parser->parse($update->text);
            if ($intent->name === 'human_agent') {
                return $this->handoff->transfer($scope);
            }

            $scope->slots = $intent->entities;

            return $this->reply($intent->name);
        } finally {
            self::leaveScope();
        }
    }

    private function reply(string $intent): array
    {
        $scope = self::currentScope();
        $text = match ($intent) {
            'order_status' => sprintf('Order %s is on its way.', $scope->slots['order']),
            default => 'I can check orders, refunds and deliveries for you.',
        };

        return ['method' => 'sendMessage', 'chat_id' => $scope->update->chatId, 'text' => $text];
    }
}
