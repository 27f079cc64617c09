<?php
namespace App\Chat;

final class MessageStore
{
    private int $sequence = 0;

    /** @return list<array{id: int, author: string, body: string}> */
    public function since(string $room, int $since): array
    {
        $this->sequence++;
        $messages = [];
        for ($id = $since + 1; $id <= $since + 3; $id++) {
            $messages[] = ['id' => $id, 'author' => "user{$id}", 'body' => str_repeat("Deploy for #{$room} is green. ", 6)];
        }
        return $messages;
    }
}
