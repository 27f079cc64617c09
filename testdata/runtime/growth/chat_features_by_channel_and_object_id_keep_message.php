<?php
// A chat moderation worker memoises the features of each message it
// scores, keyed by the message's channel and the message object's id.
// The entry keeps the message itself, so no message is freed, no id is
// reused, and every message adds an entry.

final class ChatMessage
{
    public function __construct(public readonly string $channel, public readonly string $body)
    {
    }
}

final class FeatureMemo
{
    /** @var array<string, array{length: int, links: int, message: ChatMessage}> */
    private static array $features = [];

    public static function of(ChatMessage $message): array
    {
        $key = $message->channel . ':' . spl_object_id($message);
        return self::$features[$key] = ['length' => strlen($message->body), 'links' => substr_count($message->body, 'http'), 'message' => $message]; // leak
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $data = json_decode(json_encode(['channel' => ['general', 'random', 'support'][$i % 3], 'body' => str_repeat('hello http://x.example ', 30)]), true);
    FeatureMemo::of(new ChatMessage($data['channel'], $data['body']));
}
