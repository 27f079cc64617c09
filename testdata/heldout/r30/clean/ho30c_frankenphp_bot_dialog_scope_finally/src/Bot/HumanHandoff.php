<?php

namespace SupportBot\Bot;

final class HumanHandoff
{
    private int $transferred = 0;

    public function transfer(DialogScope $scope): array
    {
        $this->transferred++;

        return [
            'method' => 'sendMessage',
            'chat_id' => $scope->update->chatId,
            'text' => 'Connecting you with a support agent, please hold on.',
        ];
    }
}
