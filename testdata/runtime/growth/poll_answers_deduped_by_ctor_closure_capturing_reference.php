<?php
// A queue consumer that imports poll answers: the answer normalizer is
// a shared service reached through its accessor; it drops answers a
// message repeats, using a filter closure it builds once.

namespace Polls {
    final class AnswerNormalizer
    {
        private static ?self $shared = null;

        /** @var \Closure(list<array{q: string, v: string}>): list<array{q: string, v: string}> */
        private \Closure $dropRepeats;

        public static function shared(): self
        {
            return self::$shared ??= new self();
        }

        private function __construct()
        {
            $seen = [];
            $this->dropRepeats = static function (array $answers) use (&$seen): array {
                $out = [];
                foreach ($answers as $answer) {
                    $key = $answer['q'] . '|' . $answer['v'];
                    if (isset($seen[$key])) {
                        continue;
                    }
                    $seen[$key] = true; // leak
                    $out[] = $answer;
                }

                return $out;
            };
        }

        /**
         * @param list<array{q: string, v: string}> $answers
         * @return list<array{q: string, v: string}>
         */
        public function normalize(array $answers): array
        {
            return ($this->dropRepeats)($answers);
        }
    }

    final class ImportAnswers
    {
        public int $stored = 0;

        /** @param list<array{q: string, v: string}> $answers */
        public function handle(array $answers): void
        {
            $this->stored += count(AnswerNormalizer::shared()->normalize($answers));
        }
    }
}

namespace {
    use Polls\ImportAnswers;

    $consumer = new ImportAnswers();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $answers = [];
        for ($k = 0; $k < 6; $k++) {
            $answers[] = ['q' => 'q' . $k, 'v' => 'response-' . $i . '-' . str_repeat('x', 40)];
            $answers[] = ['q' => 'q' . $k, 'v' => 'response-' . $i . '-' . str_repeat('x', 40)];
        }
        $consumer->handle($answers);
    }
}
