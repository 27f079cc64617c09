<?php

namespace SupportBot\Bot;

final class Update
{
    public function __construct(
        public readonly int $updateId,
        public readonly string $chatId,
        public readonly string $userName,
        public readonly string $text,
        public readonly int $date,
        public readonly array $raw = [],
    ) {
    }

    public static function fromJson(string $json): self
    {
        $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        $message = $data['message'];

        return new self(
            $data['update_id'],
            (string) $message['chat']['id'],
            $message['from']['username'],
            $message['text'],
            $message['date'],
            $data,
        );
    }
}
