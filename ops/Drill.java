import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cluster drill's load driver and referee (JDK only: {@code java ops/Drill.java}, started by ops/drill).
 *
 * It starts two nodes of the jar on one MariaDB database, an SMTP stub the nodes mail to, and workers
 * that drive suggestions through their whole lifecycle over the REST API, every request to the other
 * node than the one before (deputies with a session cookie signed in on one node, staff and departments
 * with API tokens). While the load runs it kills one node with SIGKILL and starts it again, stops the
 * database for a while and starts it again, makes the mail server refuse, and pulls timers' due dates
 * into the run. At the end it checks in SQL and through the API that nothing was lost or done twice,
 * prints one table and exits 1 on any loss, duplicate or 500.
 *
 * What a client retries: a refused connection reached no node, so anything is retried. A 503 or an
 * answer lost on the way (a node killed mid-request) may hide a change that happened: a state change
 * (screen, assign, claim, reply, ...) is retried and a 409 then means it was done; a submit or a contact
 * record, which would happen twice, is first looked up (the deputy's list by the unique title, the
 * dossier's contacts) and only sent again when it is not there.
 */
public class Drill {

    // ---- settings (ops/drill passes them) ------------------------------------------------------
    static String jar;
    static String database = "deputyflow_drill";
    static int[] ports = {18081, 18082};
    static int smtpPort = 12525;
    static boolean shortForm;
    static int workers = 6;
    static boolean workersGiven;
    static int loadSeconds;
    static int mailRefusalSeconds;
    static int databaseOutageSeconds = 20;
    static Path out = Path.of("target/drill");
    static String mariadbStart = ".ci/mariadb-start";
    static String mariadb = "mariadb";
    static String mariadbAdmin = "mariadb-admin";

    static final String PASSWORD = "demo";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 100000, 36);

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    // ---- what happened ------------------------------------------------------------------------
    static final long T0 = System.nanoTime();
    static final LongAdder requests = new LongAdder();
    static final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    static final List<String> bad = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong[] lastOk = {new AtomicLong(), new AtomicLong()};
    static final AtomicLong[] refusedAt = {new AtomicLong(), new AtomicLong()};
    /** title → id of every submit answered 201 (or found after an unknown answer). */
    static final Map<String, Long> submitted = new ConcurrentHashMap<>();

    static final Map<String, Long> answered201 = new ConcurrentHashMap<>();
    static final Set<String> unknownSubmits = ConcurrentHashMap.newKeySet();
    static final Map<String, String> titleOwner = new ConcurrentHashMap<>();
    static final Map<String, User> deputies = new ConcurrentHashMap<>();
    static final Set<Long> completed = ConcurrentHashMap.newKeySet();
    static final LongAdder started = new LongAdder();
    static final LongAdder abandoned = new LongAdder();
    static final LongAdder conflictsAfterRetry = new LongAdder();
    static final List<Long> parked = Collections.synchronizedList(new ArrayList<>());
    static final Set<String> pulledTimers = ConcurrentHashMap.newKeySet();
    /** How many pulled timers each (process instance, timer event) has: each fires once, one activity instance each. */
    static final Map<String, Integer> pulledTimerEvents = new ConcurrentHashMap<>();

    static final List<String[]> faults = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger titles = new AtomicInteger();
    static final AtomicInteger kills = new AtomicInteger();
    static final AtomicInteger outages = new AtomicInteger();
    static volatile boolean stop;
    static volatile boolean databaseDown;
    static Node[] nodes;
    static SmtpStub smtp;
    static Map<String, Long> departments = new HashMap<>();

    public static void main(String[] args) throws Exception {
        parse(args);
        Files.createDirectories(out);
        Runtime.getRuntime().addShutdownHook(new Thread(Drill::cleanUp));
        say("drill " + (shortForm ? "(short form)" : "(full form)") + " on database " + database + ", nodes on "
                + ports[0] + " and " + ports[1] + ", SMTP stub on " + smtpPort + ", " + workers + " workers, load "
                + loadSeconds + " s, mail refusal " + mailRefusalSeconds + " s, database outage "
                + databaseOutageSeconds
                + " s; load average " + loadAverage());
        smtp = new SmtpStub(smtpPort);
        smtp.start();
        nodes = new Node[] {new Node(0, ports[0]), new Node(1, ports[1])};
        // both at the same moment on the empty database: one deployment, one demo data set
        nodes[0].start();
        nodes[1].start();
        long startedAt = System.nanoTime();
        if (!nodes[0].awaitReady(300) || !nodes[1].awaitReady(300)) {
            say("the nodes did not become ready: see " + out);
            System.exit(2);
        }
        say("both nodes ready after " + secs(System.nanoTime() - startedAt) + " s");
        prepare();
        int code = run();
        System.exit(code);
    }

    static void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> shortForm = true;
                case "--jar" -> jar = args[++i];
                case "--db" -> database = args[++i];
                case "--ports" -> {
                    String[] p = args[++i].split(",");
                    ports = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
                }
                case "--smtp-port" -> smtpPort = Integer.parseInt(args[++i]);
                case "--workers" -> {
                    workers = Integer.parseInt(args[++i]);
                    workersGiven = true;
                }
                case "--load" -> loadSeconds = Integer.parseInt(args[++i]);
                case "--mail-refusal" -> mailRefusalSeconds = Integer.parseInt(args[++i]);
                case "--db-outage" -> databaseOutageSeconds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--mariadb-start" -> mariadbStart = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--jar is required");
        }
        if (shortForm && !workersGiven) {
            // fewer clients: the killed node starts again sooner on a machine that CI shares
            workers = 4;
        }
        if (loadSeconds == 0) {
            loadSeconds = shortForm ? 80 : 240;
        }
        if (mailRefusalSeconds == 0) {
            mailRefusalSeconds = shortForm ? 20 : 60;
        }
        // other people's databases live on the same server: never longer than 30 s
        databaseOutageSeconds = Math.max(1, Math.min(databaseOutageSeconds, 30));
    }

    /** Gives the demo users addresses (mail goes to the stub) and issues the staff's and departments' tokens. */
    static void prepare() throws Exception {
        sql("UPDATE app_user SET email = CONCAT(login, '@drill.test')");
        for (String row : sql("SELECT code, id FROM department")) {
            String[] c = row.split("\t");
            departments.put(c[0], Long.parseLong(c[1]));
        }
    }

    // ---- the run ------------------------------------------------------------------------------

    static int run() throws Exception {
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            Worker worker = new Worker(w);
            Thread thread = new Thread(() -> worker.run(ready), "worker-" + w);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long loadStart = System.nanoTime();
        say("load running: " + workers + " workers (sign-ins, tokens and parked suggestions done)");
        Thread faultThread = new Thread(
                () -> {
                    try {
                        faults(loadStart);
                    } catch (Exception e) {
                        bad.add("the fault schedule failed: " + e);
                        e.printStackTrace();
                    }
                },
                "faults");
        faultThread.start();
        faultThread.join();
        long remaining = loadSeconds * 1_000_000_000L - (System.nanoTime() - loadStart);
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
        stop = true;
        say("load stopping: workers finish the lifecycle they are in");
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(5));
        }
        return check();
    }

    /** The faults, one after the other while the load runs. */
    static void faults(long loadStart) throws Exception {
        int victim = 1;
        sleepUntil(loadStart, 10);
        pullTimers(0);
        mailRefusal();
        sleepUntil(loadStart, 20);
        kill(victim);
        if (!shortForm) {
            sleepSeconds(15);
            pullTimers(1);
            kill(0);
        }
        sleepSeconds(10);
        pullTimers(shortForm ? 1 : 2);
        databaseOutage();
    }

    static void mailRefusal() {
        smtp.refuse = true;
        long at = System.nanoTime();
        say("mail server refusing (421) for " + mailRefusalSeconds + " s");
        Thread t = new Thread(
                () -> {
                    try {
                        Thread.sleep(mailRefusalSeconds * 1000L);
                        smtp.refuse = false;
                        long back = System.nanoTime();
                        long lastQueued = Long.parseLong(sql("SELECT COALESCE(MAX(id), 0) FROM mail_outbox")
                                .get(0));
                        say("mail server accepting again; waiting for the e-mails queued so far (up to id " + lastQueued
                                + ")");
                        long drained = -1;
                        while (System.nanoTime() - back < TimeUnit.MINUTES.toNanos(5)) {
                            try {
                                if (sql("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT' AND id <= "
                                                + lastQueued)
                                        .get(0)
                                        .equals("0")) {
                                    drained = System.nanoTime();
                                    break;
                                }
                            } catch (Exception databaseAway) {
                                // the database outage may fall in this wait
                            }
                            Thread.sleep(1000);
                        }
                        faults.add(new String[] {
                            "mail server refuses (421) for " + mailRefusalSeconds + " s",
                            at(at),
                            drained < 0
                                    ? "not drained within 5 min"
                                    : "outbox drained " + secs(drained - back) + " s after the server accepted again"
                        });
                    } catch (Exception e) {
                        bad.add("mail refusal: " + e);
                    }
                },
                "mail-refusal");
        t.setDaemon(true);
        t.start();
    }

    static void kill(int index) throws Exception {
        Node node = nodes[index];
        long at = System.nanoTime();
        node.kill();
        kills.incrementAndGet();
        say("kill -9 node " + (index + 1) + " (port " + node.port + "); starting it again");
        node.start();
        boolean ready = node.awaitReady(300);
        long readyAt = System.nanoTime();
        long firstOk = awaitOk(index, readyAt, 60);
        faults.add(new String[] {
            "kill -9 node " + (index + 1) + ", started again at once",
            at(at),
            ready
                    ? "ready after " + secs(readyAt - at) + " s, first 2xx after "
                            + (firstOk < 0 ? "—" : secs(firstOk - at)) + " s (the other node served meanwhile)"
                    : "not ready within 300 s"
        });
        if (!ready) {
            bad.add("node " + (index + 1) + " did not come back");
        }
    }

    static void databaseOutage() throws Exception {
        long at = System.nanoTime();
        say("stopping MariaDB for " + databaseOutageSeconds + " s");
        databaseDown = true;
        outages.incrementAndGet();
        try {
            exec(List.of(mariadbAdmin, "-uroot", "-h127.0.0.1", "shutdown"));
            long stopped = System.nanoTime();
            long wait = databaseOutageSeconds * 1_000_000_000L - (stopped - at);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } finally {
            exec(List.of(mariadbStart));
            databaseDown = false;
        }
        long back = System.nanoTime();
        say("MariaDB answering again after " + secs(back - at) + " s");
        long first = awaitOk(0, back, 120);
        long second = awaitOk(1, back, 120);
        long both = first < 0 || second < 0 ? -1 : Math.max(first, second);
        boolean ready0 = nodes[0].ready();
        boolean ready1 = nodes[1].ready();
        faults.add(new String[] {
            "MariaDB stopped (mariadb-admin shutdown), started after " + secs(back - at) + " s",
            at(at),
            both < 0
                    ? "a node served no 2xx within 120 s"
                    : "both nodes answering 2xx " + secs(both - back) + " s after the database was back (readiness UP: "
                            + ready0 + ", " + ready1 + "), no restart"
        });
        if (both < 0) {
            bad.add("a node did not recover from the database outage");
        }
    }

    /** The first moment after {@code since} at which the node answered a 2xx to the load. */
    static long awaitOk(int node, long since, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long ok = lastOk[node].get();
            if (ok > since) {
                return ok;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /**
     * Timers due in the window: the screening timers (reminder, overdue) of a third of the parked
     * suggestions are made due now, so that the job executors of both nodes race for them around a
     * fault. Each must fire exactly once.
     */
    static void pullTimers(int batch) throws Exception {
        List<Long> mine = new ArrayList<>();
        synchronized (parked) {
            for (int i = 0; i < parked.size(); i++) {
                if (i % 3 == batch) {
                    mine.add(parked.get(i));
                }
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        String keys = mine.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        List<String> rows = sql("SELECT j.ID_, j.PROCESS_INSTANCE_ID_, d.ACT_ID_ FROM ACT_RU_JOB j"
                + " JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " WHERE j.TYPE_ = 'timer' AND e.BUSINESS_KEY_ IN (" + keys + ")");
        if (rows.isEmpty()) {
            return;
        }
        List<String> jobs = new ArrayList<>();
        for (String row : rows) {
            String[] c = row.split("\t");
            jobs.add(c[0]);
            pulledTimerEvents.merge(c[1] + "\t" + c[2], 1, Integer::sum);
        }
        String ids = jobs.stream().map(j -> "'" + j + "'").collect(Collectors.joining(","));
        sql("UPDATE ACT_RU_JOB SET DUEDATE_ = NOW() - INTERVAL 5 SECOND WHERE ID_ IN (" + ids + ")");
        pulledTimers.addAll(jobs);
        say("made " + jobs.size() + " timers of " + mine.size() + " parked suggestions due now");
    }

    // ---- the checks ---------------------------------------------------------------------------

    static int check() throws Exception {
        List<String[]> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>(bad);
        say("checking: waiting for the timers and the outbox to settle");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(shortForm ? 90 : 180);
        String timersLeft = "0";
        String mailLeft = "0";
        while (System.nanoTime() < deadline) {
            timersLeft = pulledTimers.isEmpty()
                    ? "0"
                    : sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN ("
                                    + pulledTimers.stream()
                                            .map(j -> "'" + j + "'")
                                            .collect(Collectors.joining(",")) + ")")
                            .get(0);
            mailLeft = sql("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")
                    .get(0);
            if (timersLeft.equals("0") && mailLeft.equals("0")) {
                break;
            }
            Thread.sleep(2000);
        }

        // answers
        long total = requests.sum();
        Map<String, Long> byStatus = new TreeMap<>();
        answers.forEach((k, v) -> byStatus.put(k, v.sum()));
        long fiveHundreds = byStatus.entrySet().stream()
                .filter(e -> e.getKey().startsWith("5") && !e.getKey().equals("503"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long unexpected = byStatus.entrySet().stream()
                .filter(e -> !expected(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        rows.add(new String[] {"HTTP requests sent (both nodes, retries included)", Long.toString(total)});
        rows.add(new String[] {
            "answers by status",
            byStatus.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "))
        });
        rows.add(new String[] {
            "answers other than 2xx, 302, 409, 503 (500s: " + fiveHundreds + ")", Long.toString(unexpected)
        });
        if (unexpected > 0) {
            failures.add(unexpected + " answers outside 2xx/302/409/503");
        }

        // the suggestions the drill submitted, as the database has them
        Map<String, List<String[]>> byTitle = new HashMap<>();
        for (String row :
                sql("SELECT id, title, serial_no, status FROM suggestion WHERE title LIKE '演练%" + RUN + "-%'")) {
            String[] c = row.split("\t");
            byTitle.computeIfAbsent(c[1], t -> new ArrayList<>()).add(c);
        }
        long lost = answered201.keySet().stream()
                .filter(t -> !byTitle.containsKey(t))
                .count();
        long duplicates = byTitle.values().stream().filter(l -> l.size() > 1).count();
        rows.add(new String[] {"submits answered 201", Long.toString(answered201.size())});
        // unknown answers, reconciled through the API by the deputy's list
        int present = 0;
        int absent = 0;
        for (String title : unknownSubmits) {
            Long found = deputies.get(titleOwner.get(title)).find(title);
            if (found != null && found > 0) {
                present++;
            } else {
                absent++;
            }
        }
        rows.add(new String[] {
            "submits with a 503 or lost answer (looked up in the deputy's list before any retry; at the end: there / not there)",
            unknownSubmits.size() + " (" + present + " / " + absent + ")"
        });
        rows.add(new String[] {"lost writes (201 but not in the database)", Long.toString(lost)});
        rows.add(new String[] {"duplicates (one title stored twice)", Long.toString(duplicates)});
        if (lost > 0 || duplicates > 0) {
            failures.add(lost + " lost submits, " + duplicates + " duplicates");
        }

        // numbers: per year 1..n, no gap, no duplicate, and the counter at n
        StringBuilder numbers = new StringBuilder();
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        long serials = 0;
        for (String serial : sql("SELECT serial_no FROM suggestion")) {
            serials++;
            String[] p = serial.split("-");
            years.computeIfAbsent(p[0], y -> new TreeSet<>()).add(Integer.parseInt(p[1]));
        }
        long distinct = years.values().stream().mapToLong(Set::size).sum();
        boolean gapless = distinct == serials;
        for (String row : sql("SELECT number_year, last_value FROM suggestion_number")) {
            String[] c = row.split("\t");
            TreeSet<Integer> n = years.getOrDefault(c[0], new TreeSet<>());
            boolean ok =
                    n.size() == Integer.parseInt(c[1]) && (n.isEmpty() || (n.first() == 1 && n.last() == n.size()));
            gapless &= ok;
            numbers.append(numbers.length() == 0 ? "" : "; ")
                    .append(c[0])
                    .append(": ")
                    .append(n.size())
                    .append(" numbers, counter ")
                    .append(c[1])
                    .append(ok ? ", gapless" : ", GAP OR DUPLICATE");
        }
        rows.add(new String[] {"suggestion numbers", numbers.toString()});
        if (!gapless) {
            failures.add("suggestion numbers with a gap or a duplicate");
        }

        // exactly one suggestion process per suggestion, running or ended
        List<String> processes = sql("SELECT s.id, COUNT(p.ID_) FROM suggestion s LEFT JOIN ACT_HI_PROCINST p"
                + " ON p.BUSINESS_KEY_ = CAST(s.id AS CHAR) AND p.PROC_DEF_KEY_ = 'suggestion-handling'"
                + " WHERE s.title LIKE '演练%" + RUN + "-%' GROUP BY s.id HAVING COUNT(p.ID_) <> 1");
        rows.add(new String[] {"drill suggestions without exactly one process", Integer.toString(processes.size())});
        if (!processes.isEmpty()) {
            failures.add("suggestions without exactly one process: " + processes);
        }

        // lifecycles: closed, process ended, one contact and one evaluation, and so through the API
        int closed = 0;
        List<String> unfinished = new ArrayList<>();
        if (!completed.isEmpty()) {
            String ids = completed.stream().map(String::valueOf).collect(Collectors.joining(","));
            for (String row : sql(
                    "SELECT s.id, s.status, (SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = CAST(s.id AS CHAR)"
                            + " AND p.PROC_DEF_KEY_ = 'suggestion-handling' AND p.END_TIME_ IS NOT NULL),"
                            + " (SELECT COUNT(*) FROM contact_record c JOIN assignment a ON a.id = c.assignment_id WHERE a.suggestion_id = s.id),"
                            + " (SELECT COUNT(*) FROM evaluation v JOIN assignment a ON a.id = v.assignment_id WHERE a.suggestion_id = s.id)"
                            + " FROM suggestion s WHERE s.id IN (" + ids + ")")) {
                String[] c = row.split("\t");
                if (c[1].equals("CLOSED") && c[2].equals("1") && c[3].equals("1") && c[4].equals("1")) {
                    closed++;
                } else {
                    unfinished.add(row.replace('\t', ' '));
                }
            }
        }
        int apiClosed = 0;
        User staff = new User("staff1", false);
        staff.token = issueToken("staff1");
        for (long id : completed) {
            Answer a = staff.call("GET", "/api/suggestions/" + id, null);
            Matcher m = STATUS.matcher(a.body);
            if (a.status == 200 && m.find() && m.group(1).equals("CLOSED")) {
                apiClosed++;
            }
        }
        rows.add(new String[] {
            "lifecycles started / completed (CLOSED, process ended, one contact, one evaluation; through the API: CLOSED)",
            started.sum() + " / " + closed + " (API: " + apiClosed + ")"
        });
        rows.add(new String[] {"lifecycles abandoned by their worker", Long.toString(abandoned.sum())});
        rows.add(new String[] {
            "state changes retried after a 503 or a lost answer and then answered 409 (already done)",
            Long.toString(conflictsAfterRetry.sum())
        });
        if (!unfinished.isEmpty() || apiClosed != completed.size() || abandoned.sum() > 0) {
            failures.add("lifecycles not complete: " + unfinished + ", API closed " + apiClosed + " of "
                    + completed.size() + ", abandoned " + abandoned.sum());
        }

        // no two active tasks where one is allowed: per process for the process-level tasks, per
        // assignment (the multi-instance's assignmentId) for the departments' tasks; in history too
        List<String> twoTasks = sql("SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ IN"
                + " ('Task_ScreenSuggestion', 'Task_ReviseSuggestion', 'Task_AssignSuggestion', 'Task_EvaluateReply', 'Task_DecideRehandling')"
                + " GROUP BY PROC_INST_ID_, TASK_DEF_KEY_ HAVING COUNT(*) > 1");
        twoTasks.addAll(sql("SELECT PROC_INST_ID_, TASK_DEF_KEY_, assignment FROM (SELECT t.ID_, t.PROC_INST_ID_,"
                + " t.TASK_DEF_KEY_, MIN(v.LONG_) AS assignment FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION x ON x.ID_ = t.EXECUTION_ID_"
                + " JOIN ACT_RU_VARIABLE v ON v.NAME_ = 'assignmentId' AND v.EXECUTION_ID_ IN (x.ID_, x.PARENT_ID_)"
                + " GROUP BY t.ID_, t.PROC_INST_ID_, t.TASK_DEF_KEY_) department_task"
                + " GROUP BY PROC_INST_ID_, TASK_DEF_KEY_, assignment HAVING COUNT(*) > 1"));
        if (!completed.isEmpty()) {
            // a completed drill lifecycle passes each step once: one task per step in its history
            twoTasks.addAll(sql("SELECT h.PROC_INST_ID_, h.TASK_DEF_KEY_ FROM ACT_HI_TASKINST h JOIN ACT_HI_PROCINST p"
                    + " ON p.ID_ = h.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ IN ("
                    + completed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"
                    + " GROUP BY h.PROC_INST_ID_, h.TASK_DEF_KEY_ HAVING COUNT(*) > 1"));
        }
        rows.add(new String[] {
            "two active tasks where one is allowed (now, and in the history of completed lifecycles)",
            Integer.toString(twoTasks.size())
        });
        if (!twoTasks.isEmpty()) {
            failures.add("two tasks where one is allowed: " + twoTasks);
        }

        // jobs and incidents
        String exhausted =
                sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0").get(0);
        String incidents = sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").get(0);
        rows.add(new String[] {"jobs with exhausted retries / open incidents", exhausted + " / " + incidents});
        if (!exhausted.equals("0") || !incidents.equals("0")) {
            failures.add(exhausted + " jobs with exhausted retries, " + incidents + " incidents");
        }

        // timers: every pulled one fired exactly once; no timer overdue left. A timer that fires leaves one activity
        // instance of its event in the engine's history (kept at every history level from ACTIVITY up), so a timer
        // event fired twice shows as more activity instances than timers pulled for it
        int once = 0;
        int twice = 0;
        if (!pulledTimerEvents.isEmpty()) {
            String timed = pulledTimerEvents.keySet().stream()
                    .map(k -> "'" + k.split("\t")[0] + "'")
                    .distinct()
                    .collect(Collectors.joining(","));
            Map<String, Integer> fired = new HashMap<>();
            for (String row : sql("SELECT PROC_INST_ID_, ACT_ID_, COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ IN ("
                    + timed + ") GROUP BY PROC_INST_ID_, ACT_ID_")) {
                String[] c = row.split("\t");
                fired.put(c[0] + "\t" + c[1], Integer.parseInt(c[2]));
            }
            for (Map.Entry<String, Integer> event : pulledTimerEvents.entrySet()) {
                int times = fired.getOrDefault(event.getKey(), 0);
                if (times == event.getValue()) {
                    once += times;
                } else if (times > event.getValue()) {
                    once += event.getValue();
                    twice += times - event.getValue();
                }
            }
        }
        String overdue = sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND SUSPENSION_STATE_ = 1"
                        + " AND DUEDATE_ < NOW() - INTERVAL 2 MINUTE")
                .get(0);
        rows.add(new String[] {
            "timers made due in the window / fired once / fired again / not fired; timers overdue left",
            pulledTimers.size() + " / " + once + " / " + twice + " / " + (pulledTimers.size() - once) + "; " + overdue
        });
        if (once != pulledTimers.size() || twice != 0 || !overdue.equals("0")) {
            failures.add("timers: " + pulledTimers.size() + " due, " + once + " fired once, " + twice + " fired again, "
                    + overdue + " overdue left");
        }

        // mail: the stub's count per address and subject against the outbox's rows
        Map<String, Integer> queued = new HashMap<>();
        long notSent = 0;
        long rowsTotal = 0;
        for (String row : sql("SELECT address, subject, status FROM mail_outbox")) {
            String[] c = row.split("\t");
            rowsTotal++;
            if (!c[2].equals("SENT")) {
                notSent++;
            }
            queued.merge(c[0].toLowerCase(Locale.ROOT) + "\t" + c[1], 1, Integer::sum);
        }
        Map<String, Integer> received = smtp.received();
        long mailLost = 0;
        long mailTwice = 0;
        Set<String> keys = new TreeSet<>(queued.keySet());
        keys.addAll(received.keySet());
        for (String key : keys) {
            int q = queued.getOrDefault(key, 0);
            int r = received.getOrDefault(key, 0);
            if (r < q) {
                mailLost += q - r;
                say("e-mail missing at the mail server: " + key.replace('\t', ' ') + " (" + q + " queued, " + r
                        + " received)");
            } else if (r > q) {
                mailTwice += r - q;
                say("e-mail received more often than queued: " + key.replace('\t', ' ') + " (" + q + " queued, " + r
                        + " received)");
            }
        }
        rows.add(new String[] {
            "e-mails in the outbox / not SENT / received by the stub / missing / received twice (at most one per kill and two per database outage; 421s answered: "
                    + smtp.refused.get() + ")",
            rowsTotal + " / " + notSent + " / " + smtp.messages.get() + " / " + mailLost + " / " + mailTwice
        });
        if (notSent > 0 || mailLost > 0) {
            failures.add(notSent + " e-mails not sent, " + mailLost + " missing at the mail server");
        }
        // at least once: a node killed, or the database gone, between the mail server's acceptance and the
        // SENT mark leaves the one e-mail in flight to be sent again; each node sends one at a time
        int mayRepeat = kills.get() + 2 * outages.get();
        if (mailTwice > mayRepeat) {
            failures.add(mailTwice + " e-mails received twice, more than the " + mayRepeat + " the faults explain");
        }

        String report = report(rows, failures);
        System.out.println(report);
        Files.writeString(out.resolve("report.md"), report);
        return failures.isEmpty() ? 0 : 1;
    }

    static boolean expected(String status) {
        return status.startsWith("2")
                || status.equals("302")
                || status.equals("409")
                || status.equals("503")
                || status.equals("connection refused")
                || status.equals("answer lost");
    }

    static String report(List<String[]> rows, List<String> failures) {
        StringBuilder b = new StringBuilder();
        b.append("\n## Drill ")
                .append(shortForm ? "(short form)" : "(full form)")
                .append(", ")
                .append(Instant.now())
                .append(", load average ")
                .append(loadAverage())
                .append(", ")
                .append(secs(System.nanoTime() - T0))
                .append(" s in all\n\n| check | result |\n|---|---|\n");
        for (String[] r : rows) {
            b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
        }
        b.append("\n| fault | at (s into the run) | recovery |\n|---|---|---|\n");
        for (String[] f : faults) {
            b.append("| ")
                    .append(f[0])
                    .append(" | ")
                    .append(f[1])
                    .append(" | ")
                    .append(f[2])
                    .append(" |\n");
        }
        b.append("\n")
                .append(
                        failures.isEmpty()
                                ? "PASSED: nothing lost, nothing twice, no 500"
                                : "FAILED:\n- " + String.join("\n- ", failures))
                .append("\n");
        return b.toString();
    }

    // ---- the load -----------------------------------------------------------------------------

    static final class Worker {
        final int index;
        final User deputy;
        final User staff;
        final User leadHandler;
        final User leadLeader;
        final User coHandler;
        final long lead;
        final long co;

        Worker(int index) {
            this.index = index;
            this.deputy = new User("deputy%03d".formatted(60 + index), true);
            deputies.put(deputy.login, deputy);
            this.staff = new User(index % 2 == 0 ? "staff1" : "staff2", false);
            String leadCode = "dept%02d".formatted(2 * (index % 15) + 1);
            String coCode = "dept%02d".formatted(2 * (index % 15) + 2);
            this.leadHandler = new User(leadCode + "-handler", false);
            this.leadLeader = new User(leadCode + "-leader", false);
            this.coHandler = new User(coCode + "-handler", false);
            this.lead = departments.get(leadCode);
            this.co = departments.get(coCode);
        }

        void run(CountDownLatch ready) {
            try {
                deputy.signIn();
                for (User u : List.of(staff, leadHandler, leadLeader, coHandler)) {
                    u.token = issueToken(u.login);
                }
                // suggestions left waiting for screening: their timers are made due during the run
                for (int i = 0; i < 2; i++) {
                    long id = submit("演练定时");
                    if (id > 0) {
                        parked.add(id);
                    }
                }
            } catch (Exception e) {
                bad.add("worker " + index + " could not start: " + e);
            } finally {
                ready.countDown();
            }
            while (!stop) {
                try {
                    lifecycle();
                    // the reads that go with it: the department's list, the deputy's inbox
                    leadHandler.call("GET", "/api/tasks?recordType=SUGGESTION&size=20", null);
                    deputy.call("GET", "/api/notifications", null);
                } catch (Exception e) {
                    bad.add("worker " + index + ": " + e);
                    abandoned.increment();
                }
            }
        }

        void lifecycle() throws Exception {
            started.increment();
            long id = submit("演练建议");
            if (id <= 0) {
                abandoned.increment();
                return;
            }
            String path = "/api/suggestions/" + id;
            boolean ok = step(staff, "POST", path + "/screening", "{\"outcome\":\"ACCEPT\"}", null)
                    && step(
                            staff,
                            "POST",
                            path + "/assignment",
                            "{\"leadDepartmentIds\":[" + lead + "],\"coDepartmentIds\":[" + co + "]}",
                            null)
                    && step(leadHandler, "POST", path + "/claim", "{}", null)
                    && step(coHandler, "POST", path + "/claim", "{}", null)
                    && step(coHandler, "POST", path + "/opinions", "{\"content\":\"协办意见：同意主办单位的办理方案。\"}", null)
                    && step(
                            leadHandler,
                            "POST",
                            path + "/contacts",
                            "{\"method\":\"PHONE\",\"contactedAt\":\"2026-12-01T02:00:00Z\","
                                    + "\"summary\":\"电话联系代表，听取意见\"}",
                            () -> !leadHandler.call("GET", path, null).body.contains("\"contacts\":[]"))
                    && step(
                            leadHandler,
                            "POST",
                            path + "/reply",
                            "{\"resultClass\":\"A\",\"content\":\"答复：已研究落实，具体情况如下。\"," + "\"publishable\":true}",
                            null)
                    && step(leadLeader, "POST", path + "/reply/sign-off", "{\"approve\":true}", null)
                    && step(
                            deputy,
                            "POST",
                            path + "/evaluation",
                            "{\"attitude\":\"SATISFIED\",\"result\":\"SATISFIED\"}",
                            null);
            if (ok) {
                completed.add(id);
            } else {
                abandoned.increment();
            }
        }

        /** Submits once: after a 503 or a lost answer the deputy's list is read first and the submit sent again only when it is not there. */
        long submit(String kind) throws Exception {
            String title = kind + " " + RUN + "-" + "%05d".formatted(titles.incrementAndGet()) + " 号";
            titleOwner.put(title, deputy.login);
            String body = "{\"title\":\"" + title + "\",\"content\":\"建议内容：问题、原因和具体建议各一段。\",\"category\":\"城乡建设\","
                    + "\"period\":\"SESSION\",\"coSignerIds\":[],\"wantsFaceToFace\":false,\"confidential\":false}";
            boolean uncertain = false;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (uncertain) {
                    Long found = deputy.find(title);
                    if (found == null) {
                        return -1;
                    }
                    if (found > 0) {
                        submitted.put(title, found);
                        return found;
                    }
                }
                Answer a = deputy.once("POST", "/api/suggestions", body);
                if (a.status == 201) {
                    long id = Long.parseLong(match(ID, a.body));
                    answered201.put(title, id);
                    submitted.put(title, id);
                    return id;
                }
                if (a.status == Answer.REFUSED) {
                    pause(300);
                } else if (a.status == 503 || a.status == Answer.LOST) {
                    uncertain = true;
                    unknownSubmits.add(title);
                    pause(1000);
                } else {
                    bad.add("submit by " + deputy.login + ": " + a.status + " " + abbreviate(a.body));
                    return -1;
                }
            }
            bad.add("submit by " + deputy.login + " gave up after 3 minutes");
            return -1;
        }

        /**
         * One state change: retried after a refused connection, a 503 or a lost answer; a 409 after such
         * a retry means the change was made by the attempt whose answer was lost. A 409 at the first try is
         * a lost race (a timer job on the same process): tried again a few times. {@code done}, when given,
         * is asked before a retry of a change that would otherwise happen twice.
         */
        boolean step(User user, String method, String path, String body, Check done) throws Exception {
            boolean uncertain = false;
            int conflicts = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (uncertain && done != null && done.done()) {
                    return true;
                }
                Answer a = user.once(method, path, body);
                if (a.status >= 200 && a.status < 300) {
                    return true;
                }
                if (a.status == Answer.REFUSED) {
                    pause(300);
                } else if (a.status == 503 || a.status == Answer.LOST) {
                    uncertain = true;
                    pause(1000);
                } else if (a.status == 409 && uncertain) {
                    conflictsAfterRetry.increment();
                    return true;
                } else if (a.status == 409 && ++conflicts < 4) {
                    pause(500);
                } else {
                    bad.add(method + " " + path + " by " + user.login + ": " + a.status + " " + abbreviate(a.body));
                    return false;
                }
            }
            bad.add(method + " " + path + " by " + user.login + " gave up after 3 minutes");
            return false;
        }
    }

    /** Whether a change whose answer was lost has happened after all. */
    interface Check {
        boolean done() throws Exception;
    }

    static String issueToken(String login) throws Exception {
        String basic = Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        User u = new User(login, false);
        u.basic = basic;
        // a lost answer here only leaves an unused token behind: retried like a read
        Answer a = u.call("POST", "/api/tokens", "{\"name\":\"drill\",\"days\":1}");
        if (a.status != 201) {
            throw new IllegalStateException("token for " + login + ": " + a.status + " " + abbreviate(a.body));
        }
        return match(TOKEN, a.body);
    }

    /** One user's HTTP client: every request to the other node than the one before. */
    static final class User {
        final String login;
        final boolean session;
        String token;
        String basic;
        volatile String cookie;
        volatile String csrf;
        int next;

        User(String login, boolean session) {
            this.login = login;
            this.session = session;
            this.next = Math.abs(login.hashCode()) % 2;
        }

        /** The other node than last time, unless that one refused a connection in the last two seconds. */
        synchronized int node() {
            int node = next++ % 2;
            if (refusedAt[node].get() > System.nanoTime() - 2_000_000_000L
                    && refusedAt[1 - node].get() <= System.nanoTime() - 2_000_000_000L) {
                node = 1 - node;
            }
            return node;
        }

        /** Signs in with the form on one node; the session is then used on both. */
        void signIn() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                Answer page = send(node(), HttpRequest.newBuilder().GET(), "/login", null);
                if (page.status != 200) {
                    pause(500);
                    continue;
                }
                Matcher m = CSRF.matcher(page.body);
                if (!m.find()) {
                    throw new IllegalStateException("no CSRF field on /login");
                }
                String form = "username=" + enc(login) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
                Answer signedIn = send(
                        node(),
                        HttpRequest.newBuilder()
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)),
                        "/login",
                        page.cookie);
                if (signedIn.status != 302 || signedIn.location.contains("error") || signedIn.cookie == null) {
                    pause(500);
                    continue;
                }
                Answer account = send(node(), HttpRequest.newBuilder().GET(), "/account", signedIn.cookie);
                Matcher c = CSRF.matcher(account.body);
                if (account.status == 200 && c.find()) {
                    cookie = signedIn.cookie;
                    csrf = c.group(1);
                    return;
                }
                pause(500);
            }
            throw new IllegalStateException(login + " could not sign in");
        }

        /** A read (or a write that may safely happen twice): retried until it has an answer other than 503. */
        Answer call(String method, String path, String body) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            Answer a = null;
            while (System.nanoTime() < deadline) {
                a = once(method, path, body);
                if (a.status != Answer.REFUSED && a.status != Answer.LOST && a.status != 503) {
                    return a;
                }
                pause(a.status == Answer.REFUSED ? 300 : 1000);
            }
            return a;
        }

        /** The id of the deputy's suggestion with this title, 0 if there is none, null if no node answered. */
        Long find(String title) throws Exception {
            Answer a = call("GET", "/api/suggestions?size=5&q=" + enc(title), null);
            if (a.status != 200) {
                bad.add("the deputy's list: " + a.status + " " + abbreviate(a.body));
                return null;
            }
            return match(TOTAL, a.body).equals("0") ? 0L : Long.parseLong(match(ID, a.body));
        }

        Answer once(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            } else if (basic != null) {
                request.header("Authorization", "Basic " + basic);
            } else if (csrf != null && !"GET".equals(method)) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return send(node(), request, path, session ? cookie : null);
        }
    }

    static final class Answer {
        static final int REFUSED = -1;
        static final int LOST = -2;
        final int status;
        final String body;
        final String cookie;
        final String location;

        Answer(int status, String body, String cookie, String location) {
            this.status = status;
            this.body = body;
            this.cookie = cookie;
            this.location = location;
        }
    }

    static Answer send(int node, HttpRequest.Builder request, String path, String cookie) throws InterruptedException {
        request.uri(URI.create("http://127.0.0.1:" + ports[node] + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        requests.increment();
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            count(Integer.toString(status));
            if (status >= 200 && status < 400) {
                lastOk[node].accumulateAndGet(System.nanoTime(), Math::max);
            }
            if (status >= 500 && status != 503) {
                bad.add(status + " from node " + (node + 1) + " for "
                        + request.build().method() + " " + path + ": " + abbreviate(response.body()));
            }
            String session = response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("SESSION="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst()
                    .orElse(null);
            return new Answer(
                    status,
                    response.body(),
                    session,
                    response.headers().firstValue("Location").orElse(""));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            refusedAt[node].set(System.nanoTime());
            count("connection refused");
            return new Answer(Answer.REFUSED, "", null, "");
        } catch (IOException e) {
            // the request may have reached the node: what it did is unknown
            count("answer lost");
            return new Answer(Answer.LOST, "", null, "");
        }
    }

    static void count(String status) {
        answers.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    // ---- the nodes ----------------------------------------------------------------------------

    static final class Node {
        final int index;
        final int port;
        volatile Process process;

        Node(int index, int port) {
            this.index = index;
            this.port = port;
        }

        void start() throws IOException {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(
                    java,
                    "-Xmx768m",
                    "-XX:+UseSerialGC",
                    // the quick compiler only: a node starts in half the CPU time on a busy machine
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar,
                    "--server.port=" + port);
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "mysql");
            env.put(
                    "DEPUTYFLOW_DB_URL",
                    "jdbc:mysql://127.0.0.1:3306/" + database
                            + "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true&characterEncoding=UTF-8");
            env.put("DEPUTYFLOW_DB_USER", "root");
            env.put("DEPUTYFLOW_DB_PASSWORD", "");
            env.put("DEPUTYFLOW_DEMO", "true");
            env.put("DEPUTYFLOW_MAIL_ENABLED", "true");
            env.put("DEPUTYFLOW_MAIL_FROM", "deputyflow@drill.test");
            env.put("SPRING_MAIL_HOST", "127.0.0.1");
            env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
            // the drill's time scale: retries in seconds, not minutes
            env.put("DEPUTYFLOW_MAIL_OUTBOX_INTERVAL", "2s");
            env.put("DEPUTYFLOW_MAIL_OUTBOX_FIRST_DELAY", "3s");
            env.put("DEPUTYFLOW_MAIL_OUTBOX_MAX_DELAY", "15s");
            env.put("DEPUTYFLOW_MAIL_OUTBOX_MAX_ATTEMPTS", "20");
            env.put("DEPUTYFLOW_MAIL_OUTBOX_LOCKTIMEOUT", "40s");
            // a job locked by a killed node is free again after this (the engine's default is 5 minutes)
            env.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "30000");
            env.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "5000");
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(
                    out.resolve("node" + (index + 1) + ".log").toFile()));
            process = builder.start();
        }

        /** SIGKILL: no shutdown hook, no graceful anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        boolean ready() {
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        boolean awaitReady(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    say("node " + (index + 1) + " exited with " + process.exitValue());
                    return false;
                }
                if (ready()) {
                    return true;
                }
                Thread.sleep(500);
            }
            return false;
        }
    }

    static void cleanUp() {
        if (nodes != null) {
            for (Node n : nodes) {
                if (n != null && n.process != null) {
                    n.process.destroyForcibly();
                }
            }
        }
        if (databaseDown) {
            try {
                exec(List.of(mariadbStart));
            } catch (Exception e) {
                System.err.println("could not start MariaDB again: " + e);
            }
        }
    }

    // ---- the mail server ----------------------------------------------------------------------

    /** A minimal SMTP server that counts what it receives per recipient and subject, and can refuse (421). */
    static final class SmtpStub extends Thread {
        final ServerSocket server;
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final AtomicInteger messages = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        volatile boolean refuse;

        SmtpStub(int port) throws IOException {
            super("smtp-stub");
            setDaemon(true);
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        }

        Map<String, Integer> received() {
            Map<String, Integer> r = new HashMap<>();
            counts.forEach((k, v) -> r.put(k, v.get()));
            return r;
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> session(socket), "smtp-session");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        void session(Socket socket) {
            try (socket) {
                socket.setSoTimeout(60_000);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream o = socket.getOutputStream();
                if (refuse) {
                    refused.incrementAndGet();
                    write(o, "421 drill.test Service not available, closing transmission channel");
                    return;
                }
                write(o, "220 drill.test ESMTP drill stub");
                List<String> recipients = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = line.length() < 4
                            ? line.toUpperCase(Locale.ROOT)
                            : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (verb) {
                        case "EHLO" -> write(o, "250-drill.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        case "HELO" -> write(o, "250 drill.test");
                        case "MAIL" -> {
                            recipients.clear();
                            write(o, "250 OK");
                        }
                        case "RCPT" -> {
                            Matcher m = Pattern.compile("<([^>]*)>").matcher(line);
                            recipients.add(m.find() ? m.group(1).toLowerCase(Locale.ROOT) : line);
                            write(o, "250 OK");
                        }
                        case "DATA" -> {
                            write(o, "354 End data with <CR><LF>.<CR><LF>");
                            List<String> headers = new ArrayList<>();
                            boolean inHeaders = true;
                            String d;
                            while ((d = in.readLine()) != null && !d.equals(".")) {
                                if (inHeaders) {
                                    if (d.isEmpty()) {
                                        inHeaders = false;
                                    } else if ((d.startsWith(" ") || d.startsWith("\t")) && !headers.isEmpty()) {
                                        headers.set(headers.size() - 1, headers.get(headers.size() - 1) + "\r\n" + d);
                                    } else {
                                        headers.add(d);
                                    }
                                }
                            }
                            String subject = headers.stream()
                                    .filter(h -> h.regionMatches(true, 0, "Subject:", 0, 8))
                                    .map(h -> decode(h.substring(8)))
                                    .findFirst()
                                    .orElse("");
                            for (String r : recipients) {
                                counts.computeIfAbsent(r + "\t" + subject, k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            messages.incrementAndGet();
                            write(o, "250 OK queued");
                        }
                        case "QUIT" -> {
                            write(o, "221 Bye");
                            return;
                        }
                        default -> write(o, "250 OK");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        static void write(OutputStream o, String reply) throws IOException {
            o.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
        }

        static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

        /** RFC 2047: encoded words (B or Q), the white space between two of them dropped. */
        static String decode(String header) {
            String text = header.replace("\r\n", "").strip();
            StringBuilder result = new StringBuilder();
            java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
            String charset = null;
            Matcher m = WORD.matcher(text);
            int last = 0;
            while (m.find()) {
                String between = text.substring(last, m.start());
                if (!between.isBlank() || charset != null && !charset.equalsIgnoreCase(m.group(1))) {
                    if (charset != null) {
                        result.append(new String(pending.toByteArray(), Charset.forName(charset)));
                        pending.reset();
                        charset = null;
                    }
                    result.append(between);
                }
                charset = m.group(1);
                byte[] bytes;
                if (m.group(2).equalsIgnoreCase("B")) {
                    bytes = Base64.getDecoder().decode(m.group(3));
                } else {
                    java.io.ByteArrayOutputStream q = new java.io.ByteArrayOutputStream();
                    String s = m.group(3);
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == '_') {
                            q.write(' ');
                        } else if (c == '=' && i + 2 < s.length()) {
                            q.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                            i += 2;
                        } else {
                            q.write(c);
                        }
                    }
                    bytes = q.toByteArray();
                }
                pending.writeBytes(bytes);
                last = m.end();
            }
            if (charset != null) {
                result.append(new String(pending.toByteArray(), Charset.forName(charset)));
            }
            result.append(text.substring(last));
            return result.toString();
        }
    }

    // ---- small things -------------------------------------------------------------------------

    /** Runs SQL with the mariadb client on the drill's database; the rows, tab-separated. */
    static List<String> sql(String statement) throws Exception {
        List<String> rows = exec(List.of(
                mariadb,
                "-uroot",
                "-h127.0.0.1",
                "--default-character-set=utf8mb4",
                "-N",
                "-B",
                "-r",
                database,
                "-e",
                statement));
        return rows;
    }

    static List<String> exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed: "
                    + new String(stderr, StandardCharsets.UTF_8).strip());
        }
        String text = new String(stdout, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + abbreviate(text));
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    static void sleepSeconds(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    static void sleepUntil(long from, int seconds) throws InterruptedException {
        long wait = from + seconds * 1_000_000_000L - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static String at(long nanos) {
        return secs(nanos - T0);
    }

    static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    static void say(String message) {
        System.out.println("[" + secs(System.nanoTime() - T0) + " s] " + message);
    }
}
