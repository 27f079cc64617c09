<?php

declare(strict_types=1);

namespace App\Quiz;

// ---- Swoole stand-ins (the extension is not loaded in this process) ----

final class SwooleRequest
{
    public function __construct(public array $server, public array $post, public array $header = [])
    {
    }
}

final class SwooleResponse
{
    public int $status = 200;
    public string $body = '';

    public function header(string $name, string $value): void
    {
    }

    public function end(string $body): void
    {
        $this->body = $body;
    }
}

final class HttpServer
{
    /** @var array<string, \Closure> */
    private array $callbacks = [];

    public function on(string $event, \Closure $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function emit(string $event, mixed ...$args): void
    {
        ($this->callbacks[$event])(...$args);
    }
}

// ---- domain ----

final class Question
{
    /** @param list<string> $accepted */
    public function __construct(
        public readonly string $id,
        public readonly string $prompt,
        public readonly array $accepted,
        public readonly int $points,
    ) {
    }
}

final class Answer
{
    private ?string $attemptId = null;
    private ?string $quizId = null;
    private ?bool $correct = null;

    private function __construct(public readonly string $questionId, public readonly string $response)
    {
    }

    public static function forAttempt(QuizAttempt $attempt, string $questionId, string $response): self
    {
        $answer = new self($questionId, trim($response));
        $answer->setAttempt($attempt);

        return $answer;
    }

    public function setAttempt(QuizAttempt $attempt): void
    {
        $this->attemptId = $attempt->id;
        $this->quizId = $attempt->quizId;
    }

    public function attemptId(): string
    {
        return $this->attemptId ?? throw new \LogicException('answer is detached');
    }

    public function quizId(): string
    {
        return $this->quizId ?? throw new \LogicException('answer is detached');
    }

    public function mark(bool $correct): void
    {
        $this->correct = $correct;
    }

    public function isCorrect(): bool
    {
        return $this->correct === true;
    }
}

final class QuizAttempt
{
    /** @var array<string, Answer> */
    private array $answers = [];

    public function __construct(
        public readonly string $id,
        public readonly string $quizId,
        public readonly int $learnerId,
        public readonly int $submittedAt,
    ) {
    }

    public function answer(string $questionId, string $response): Answer
    {
        $answer = Answer::forAttempt($this, $questionId, $response);
        $this->answers[$questionId] = $answer;

        return $answer;
    }

    /** @return \Generator<string, Answer> */
    public function answers(): \Generator
    {
        foreach ($this->answers as $questionId => $answer) {
            yield $questionId => $answer;
        }
    }
}

final class QuizBank
{
    /** @var array<string, array<string, Question>> */
    private array $quizzes = [];

    public function add(string $quizId, Question ...$questions): void
    {
        foreach ($questions as $question) {
            $this->quizzes[$quizId][$question->id] = $question;
        }
    }

    public function question(string $quizId, string $questionId): ?Question
    {
        return $this->quizzes[$quizId][$questionId] ?? null;
    }
}

final class Grader
{
    public function __construct(private readonly QuizBank $bank)
    {
    }

    /** @return array{score: int, max: int, passed: bool} */
    public function grade(QuizAttempt $attempt): array
    {
        $score = 0;
        $max = 0;
        foreach ($attempt->answers() as $questionId => $answer) {
            $question = $this->bank->question($answer->quizId(), $questionId);
            if ($question === null) {
                continue;
            }
            $max += $question->points;
            $answer->mark(in_array(strtolower($answer->response), $question->accepted, true));
            if ($answer->isCorrect()) {
                $score += $question->points;
            }
        }

        return ['score' => $score, 'max' => $max, 'passed' => $max > 0 && $score * 10 >= $max * 7];
    }
}

final class SubmitAttemptHandler
{
    private int $graded = 0;

    public function __construct(private readonly Grader $grader)
    {
    }

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        $attempt = new QuizAttempt(
            (string) $request->post['attempt_id'],
            (string) $request->post['quiz_id'],
            (int) $request->post['learner_id'],
            (int) $request->server['request_time'],
        );
        foreach ((array) $request->post['answers'] as $questionId => $text) {
            $attempt->answer((string) $questionId, (string) $text);
        }

        $result = $this->grader->grade($attempt);
        $this->graded++;

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['attempt' => $attempt->id] + $result));
    }
}

// ---- boot ----

$bank = new QuizBank();
$bank->add(
    'quiz-http-basics',
    new Question('q1', 'Which status code means Not Modified?', ['304'], 2),
    new Question('q2', 'Which header carries a cache validator?', ['etag', 'last-modified'], 3),
    new Question('q3', 'Name the idempotent method used to replace a resource.', ['put'], 2),
);
$bank->add(
    'quiz-video-codecs',
    new Question('q1', 'Which container does HLS use for fMP4 segments?', ['mp4', 'fmp4'], 2),
    new Question('q2', 'Which codec is royalty-free from AOMedia?', ['av1'], 3),
    new Question('q3', 'What does GOP stand for?', ['group of pictures'], 2),
);

$server = new HttpServer();
$handler = new SubmitAttemptHandler(new Grader($bank));
$server->on('request', static function (SwooleRequest $request, SwooleResponse $response) use ($handler): void {
    $handler($request, $response);
});

$quizzes = ['quiz-http-basics', 'quiz-video-codecs'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->emit('request', new SwooleRequest(
        ['request_time' => 1_700_000_000 + $i, 'request_uri' => '/api/attempts'],
        [
            'attempt_id' => sprintf('att_%s', bin2hex(random_bytes(8))),
            'quiz_id' => $quizzes[$i % 2],
            'learner_id' => 5_000 + $i,
            'answers' => [
                'q1' => $i % 3 === 0 ? '304' : "  my answer for learner {$i} is probably 200 OK  ",
                'q2' => $i % 2 === 0 ? 'ETag' : 'I think it is the Cache-Control header, max-age directive',
                'q3' => sprintf('attempt %d: %s', $i, str_repeat('PUT ', 1 + $i % 5)),
            ],
        ],
    ), new SwooleResponse());
}
