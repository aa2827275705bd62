// Headless runner of ODK Collect's form engine (JavaRosa, as shipped inside pyxform's
// ODK_Validate.jar): replays a list of answers on an XForm and prints the state of every leaf node
// of the primary instance as JSON, in the shape tests/odk/odk_fill.mjs gives (see README.md here).
//
//   java ... javarosafill.JavaRosaFill --batch
//       JSON lines on stdin: {"xform": XML, "steps": [...], "attachments": DIR, "now": ISO-8601}
//       one JSON line per request on stdout: {"ok": true, "result": {...}} or
//       {"ok": false, "code": 1|2|3, "error": "..."}
//
// Codes: 1 a step is invalid or the engine refused it (the message names the 0-based step index);
// 2 the engine cannot load the form; 3 bad request or an unexpected internal error.
//
// The clock: JavaRosa reads the time with `new Date()`, `new DateTime()` (Joda) and
// `Calendar.getInstance()` and has no hook to fix it. So JavaRosa's classes are loaded by
// RewritingLoader below, which rewrites exactly those calls (with the JDK's own copy of ASM) to
// read JrClock, which a request sets. The time zone is the JVM's (-Duser.timezone=...).
package javarosafill;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.GroupDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.QuestionDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.FormInstance;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.core.reference.InvalidReferenceException;
import org.javarosa.core.reference.Reference;
import org.javarosa.core.reference.ReferenceFactory;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.util.XFormAnswerDataParser;
import org.javarosa.xform.util.XFormAnswerDataSerializer;
import org.javarosa.xform.util.XFormUtils;

/** Entry point: starts Harness inside a RewritingLoader (the engine must see the fixed clock). */
public class JavaRosaFill {
    public static void main(String[] args) throws Exception {
        String jar = System.getProperty("javarosafill.jar");
        URL self = JavaRosaFill.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar == null) {
            System.err.println("usage: java -Djavarosafill.jar=ODK_Validate.jar -cp DIR javarosafill.JavaRosaFill --batch");
            System.exit(3);
        }
        URL[] urls = {self, new File(jar).toURI().toURL()};
        try (RewritingLoader loader = new RewritingLoader(urls)) {
            Thread.currentThread().setContextClassLoader(loader);
            java.lang.reflect.Method main = loader.loadClass("javarosafill.Harness").getDeclaredMethod("main", String[].class);
            main.setAccessible(true);
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    /** The fixed clock the rewritten engine reads; unset (-1), it is the real clock. */
    public static final class JrClock {
        static volatile long fixed = -1;
    
        public static long millis() {
            long f = fixed;
            return f >= 0 ? f : System.currentTimeMillis();
        }
    
        public static Calendar calendar() {
            Calendar c = Calendar.getInstance();
            c.setTimeInMillis(millis());
            return c;
        }
    
        public static Calendar calendar(TimeZone zone) {
            Calendar c = Calendar.getInstance(zone);
            c.setTimeInMillis(millis());
            return c;
        }
    }
}

/** Loads the harness and JavaRosa (not the JDK) itself, rewriting JavaRosa's reads of the clock. */
final class RewritingLoader extends URLClassLoader {
    RewritingLoader(URL[] urls) {
        super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.startsWith("org.javarosa.")) {
            return super.findClass(name);
        }
        URL url = findResource(name.replace('.', '/') + ".class");
        if (url == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        byte[] out = rewrite(bytes);
        return defineClass(name, out, 0, out.length);
    }

    static byte[] rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM8, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String s, String[] e) {
                return new MethodVisitor(Opcodes.ASM8, super.visitMethod(access, n, d, s, e)) {
                    @Override
                    public void visitMethodInsn(int op, String owner, String name, String desc, boolean itf) {
                        String clock = "javarosafill/JavaRosaFill$JrClock";
                        boolean dateCtor = op == Opcodes.INVOKESPECIAL && name.equals("<init>") && desc.equals("()V")
                                && (owner.equals("java/util/Date") || owner.equals("org/joda/time/DateTime"));
                        if (dateCtor) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, clock, "millis", "()J", false);
                            super.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", "(J)V", false);
                        } else if (op == Opcodes.INVOKESTATIC && owner.equals("java/util/Calendar")
                                && name.equals("getInstance")
                                && (desc.equals("()Ljava/util/Calendar;")
                                    || desc.equals("(Ljava/util/TimeZone;)Ljava/util/Calendar;"))) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, clock, "calendar", desc, false);
                        } else if (op == Opcodes.INVOKESTATIC && owner.equals("java/lang/System")
                                && name.equals("currentTimeMillis")) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, clock, "millis", "()J", false);
                        } else {
                            super.visitMethodInsn(op, owner, name, desc, itf);
                        }
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}

/** A failure with its code (1 step, 2 load, 3 request). */
final class FillError extends Exception {
    final int code;

    FillError(int code, String message) {
        super(message);
        this.code = code;
    }
}

/** jr://file/NAME and jr://file-csv/NAME (and jr://file-geojson/...) read NAME from one folder. */
final class FolderReferenceFactory implements ReferenceFactory {
    private final File dir;

    FolderReferenceFactory(File dir) {
        this.dir = dir;
    }

    @Override
    public boolean derives(String uri) {
        return uri.startsWith("jr://file");
    }

    @Override
    public Reference derive(String uri) throws InvalidReferenceException {
        String name = uri.substring(uri.indexOf('/', "jr://".length()) + 1);
        File file = new File(dir, new File(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8)).getName());
        return new Reference() {
            public boolean doesBinaryExist() {
                return file.isFile();
            }

            public InputStream getStream() throws IOException {
                return new FileInputStream(file);
            }

            public String getURI() {
                return uri;
            }

            public String getLocalURI() {
                return file.getAbsolutePath();
            }

            public boolean isReadOnly() {
                return true;
            }

            public OutputStream getOutputStream() throws IOException {
                throw new IOException("read-only");
            }

            public void remove() throws IOException {
                throw new IOException("read-only");
            }

            public Reference[] probeAlternativeReferences() {
                return new Reference[0];
            }
        };
    }

    @Override
    public Reference derive(String uri, String context) throws InvalidReferenceException {
        return derive(uri);
    }
}

/** The batch loop: one request per line, one answer per line. */
final class Harness {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        // stdout carries only our JSON: anything JavaRosa prints goes to stderr.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        System.setOut(System.err);
        if (args.length != 1 || !args[0].equals("--batch")) {
            System.err.println("usage: JavaRosaFill --batch");
            System.exit(3);
        }
        // deviceid and the other jr:preload="property" values come from a property manager, as in
        // ODK Validate (a stub; those nodes are preloaded metadata, never compared).
        org.javarosa.core.services.PropertyManager.setPropertyManager(
                new org.opendatakit.validate.StubPropertyManager());
        // As Collect at start-up: the modules register the XForms factories (jr:choice-name()
        // needs RestoreUtils' factory, set by XFormsModule).
        new org.javarosa.model.xform.XFormsModule().registerModule();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> response = new LinkedHashMap<>();
            try {
                JsonNode request;
                try {
                    request = JSON.readTree(line);
                } catch (IOException e) {
                    throw new FillError(3, "request is not JSON: " + e.getMessage());
                }
                response.put("result", handle(request));
                response.put("ok", true);
            } catch (FillError e) {
                response.put("ok", false);
                response.put("code", e.code);
                response.put("error", oneLine(e.getMessage()));
            } catch (Throwable e) { // an engine crash is an answer, never the end of the batch
                response.put("ok", false);
                response.put("code", 3);
                response.put("error", "internal error: " + describe(e));
            }
            out.println(JSON.writeValueAsString(response));
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                b.append(" ").append(t.getMessage());
            }
        }
        return oneLine(b.toString());
    }

    static Map<String, Object> handle(JsonNode request) throws FillError {
        JsonNode xform = request.get("xform");
        if (xform == null || !xform.isTextual()) {
            throw new FillError(3, "a request needs \"xform\" (the XML text)");
        }
        JsonNode now = request.get("now");
        JavaRosaFill.JrClock.fixed = -1;
        if (now != null && !now.isNull()) {
            try {
                JavaRosaFill.JrClock.fixed = OffsetDateTime.parse(now.asText()).toInstant().toEpochMilli();
            } catch (RuntimeException e) {
                throw new FillError(3, "\"now\" is not an ISO 8601 date-time with offset: " + now.asText());
            }
        }
        JsonNode attachments = request.get("attachments");
        ReferenceManager rm = ReferenceManager.instance();
        rm.reset();
        if (attachments != null && !attachments.isNull()) {
            rm.addReferenceFactory(new FolderReferenceFactory(new File(attachments.asText())));
        }
        JsonNode steps = request.get("steps");
        if (steps != null && !steps.isNull() && !steps.isArray()) {
            throw new FillError(3, "steps must be a JSON list");
        }
        FormDef form = load(xform.asText());
        FormEntryController fec = new FormEntryController(new FormEntryModel(form));
        int index = 0;
        if (steps != null) {
            for (JsonNode step : steps) {
                try {
                    apply(form, fec, step, index);
                } catch (FillError e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new FillError(1, "step " + index + ": engine error: " + describe(e));
                }
                index++;
            }
        }
        walkThrough(fec);
        Map<String, Object> result = new LinkedHashMap<>();
        TreeElement root = form.getMainInstance().getRoot();
        result.put("form_id", root.getAttributeValue(null, "id"));
        result.put("version", root.getAttributeValue(null, "version"));
        result.put("nodes", snapshot(form));
        return result;
    }

    /** Parse and initialise a new instance, as Collect does when a blank form is opened. */
    static FormDef load(String xml) throws FillError {
        FormDef form;
        try {
            form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Throwable e) {
            throw new FillError(2, "cannot load form: " + describe(e));
        }
        if (form == null) {
            throw new FillError(2, "cannot load form: the parser returned nothing");
        }
        try {
            form.initialize(true, new InstanceInitializationFactory());
        } catch (Throwable e) {
            throw new FillError(2, "cannot load form: " + describe(e));
        }
        return form;
    }

    // ---- steps -----------------------------------------------------------------------------------

    /** "/data/rep[2]/q" (1-based indexes on repeat entries, none elsewhere) as a TreeReference. */
    static TreeReference parseRef(String ref, int index) throws FillError {
        if (!ref.startsWith("/")) {
            throw new FillError(1, "step " + index + ": not an absolute reference: " + ref);
        }
        TreeReference tr = TreeReference.rootRef();
        for (String part : ref.substring(1).split("/")) {
            int mult = 0;
            String name = part;
            int open = part.indexOf('[');
            if (open >= 0 && part.endsWith("]")) {
                name = part.substring(0, open);
                try {
                    mult = Integer.parseInt(part.substring(open + 1, part.length() - 1)) - 1;
                } catch (NumberFormatException e) {
                    throw new FillError(1, "step " + index + ": bad index in " + ref);
                }
            }
            tr = tr.extendRef(name, mult);
        }
        return tr;
    }

    /**
     * Step through the whole form, as a person swiping to the end in Collect: JavaRosa creates
     * (and removes) the entries of a repeat with a jr:count only when the form is navigated.
     */
    static void walkThrough(FormEntryController fec) {
        fec.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        int guard = 0;
        while (fec.stepToNextEvent() != FormEntryController.EVENT_END_OF_FORM && guard++ < 1_000_000) {
            // nothing: the stepping is the point
        }
    }

    /** The question whose instance node is `target`, found by walking the form as Collect does. */
    static FormIndex findQuestion(FormEntryController fec, TreeElement target, FormInstance main) {
        fec.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        int event;
        while ((event = fec.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
            if (event == FormEntryController.EVENT_QUESTION) {
                FormIndex at = fec.getModel().getFormIndex();
                if (main.resolveReference(at.getReference()) == target) {
                    return at;
                }
            }
        }
        return null;
    }

    static void apply(FormDef form, FormEntryController fec, JsonNode step, int index) throws FillError {
        JsonNode refNode = step.get("ref");
        if (!step.isObject() || refNode == null || !refNode.isTextual()) {
            throw new FillError(1, "step " + index + ": not a step object with a string \"ref\": " + step);
        }
        String ref = refNode.asText();
        FormInstance main = form.getMainInstance();
        if (step.has("add")) {
            int n = step.get("add").asInt(0);
            if (n < 1) {
                throw new FillError(1, "step " + index + ": \"add\" must be a positive integer");
            }
            for (int i = 0; i < n; i++) {
                addRepeat(fec, ref, index);
            }
            return;
        }
        TreeElement target = main.resolveReference(parseRef(ref, index));
        if (target == null) { // an entry of a jr:count repeat is made when the form is navigated
            walkThrough(fec);
            target = main.resolveReference(parseRef(ref, index));
        }
        if (target == null) {
            throw new FillError(1, "step " + index + ": unknown node reference \"" + ref + "\"");
        }
        FormIndex at = findQuestion(fec, target, main);
        if (at == null) {
            throw new FillError(1, "step " + index + ": " + ref + " is not a question shown now (not relevant, or no control)");
        }
        FormEntryPrompt prompt = fec.getModel().getQuestionPrompt(at);
        if (prompt.isReadOnly()) {
            throw new FillError(1, "step " + index + ": " + ref + " is read-only");
        }
        IAnswerData data = answer(prompt, step, index, ref);
        // saveAnswer's result says whether the value changed (false for an unchanged answer), not
        // whether it was refused: a read-only question was refused above.
        fec.saveAnswer(at, data, true);
    }

    static IAnswerData answer(FormEntryPrompt prompt, JsonNode step, int index, String ref) throws FillError {
        int control = prompt.getControlType();
        if (step.has("values")) {
            if (control != Constants.CONTROL_SELECT_MULTI) {
                throw new FillError(1, "step " + index + ": " + ref + " is not a select_multiple");
            }
            List<Selection> chosen = new ArrayList<>();
            for (JsonNode v : step.get("values")) {
                chosen.add(choice(prompt, v.asText(), index, ref));
            }
            // Collect's select_multiple widgets save the selected choices in the order offered.
            chosen.sort(java.util.Comparator.comparingInt((Selection sel) -> sel.index));
            return chosen.isEmpty() ? null : new SelectMultiData(chosen);
        }
        JsonNode valueNode = step.get("value");
        if (valueNode == null || !valueNode.isTextual()) {
            throw new FillError(1, "step " + index + ": needs exactly one of \"value\", \"values\", \"add\"");
        }
        String value = valueNode.asText();
        if (control == Constants.CONTROL_SELECT_MULTI) {
            throw new FillError(1, "step " + index + ": " + ref + " is a select_multiple; use \"values\"");
        }
        if (value.isEmpty()) {
            return null;
        }
        if (control == Constants.CONTROL_SELECT_ONE) {
            return new SelectOneData(choice(prompt, value, index, ref));
        }
        // As JavaRosa reads a value from a saved instance (what Collect's widgets produce).
        IAnswerData data = XFormAnswerDataParser.getAnswerData(value, prompt.getDataType(), prompt.getQuestion());
        if (data == null) {
            throw new FillError(1, "step " + index + ": JavaRosa cannot read \"" + value + "\" as a value of "
                    + ref + " (data type " + prompt.getDataType() + ")");
        }
        return data;
    }

    static Selection choice(FormEntryPrompt prompt, String value, int index, String ref) throws FillError {
        List<String> offered = new ArrayList<>();
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices != null) {
            for (SelectChoice c : choices) {
                if (c.getValue().equals(value)) {
                    return c.selection();
                }
                offered.add(c.getValue());
            }
        }
        throw new FillError(1, "step " + index + ": \"" + value + "\" is not a choice of " + ref + " (available: "
                + String.join(" ", offered) + ")");
    }

    /** Add one entry to the repeat `ref` ("/data/outer[1]/inner"): at its "add another?" prompt. */
    static void addRepeat(FormEntryController fec, String ref, int index) throws FillError {
        fec.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        int event;
        while ((event = fec.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
            if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
                TreeReference at = fec.getModel().getFormIndex().getReference();
                if (format(at, true).equals(ref)) {
                    fec.newRepeat();
                    return;
                }
            }
        }
        throw new FillError(1, "step " + index + ": no repeat " + ref + " to add to now (unknown, not relevant, "
                + "or count-controlled)");
    }

    /** A reference as the other engines print it: the 1-based index of each repeat entry only. */
    static String format(TreeReference ref, boolean dropLastIndex) {
        StringBuilder b = new StringBuilder();
        TreeReference prefix = TreeReference.rootRef();
        for (int i = 0; i < ref.size(); i++) {
            prefix = prefix.extendRef(ref.getName(i), ref.getMultiplicity(i));
            b.append('/').append(ref.getName(i));
            boolean last = i == ref.size() - 1;
            if (!(last && dropLastIndex) && REPEATS.get().contains(prefix.genericize().toString(false))) {
                b.append('[').append(ref.getMultiplicity(i) + 1).append(']');
            }
        }
        return b.toString();
    }

    // ---- the snapshot ------------------------------------------------------------------------------

    /** Generic paths (/data/rep/q) of repeats, groups and select_multiple questions of the form being run. */
    static final ThreadLocal<Set<String>> REPEATS = ThreadLocal.withInitial(HashSet::new);

    static void controls(List<IFormElement> elements, Set<String> repeats, Set<String> groups, Set<String> multi,
            Set<String> one) {
        if (elements == null) {
            return;
        }
        for (IFormElement e : elements) {
            String path = e.getBind() == null ? null : ((TreeReference) e.getBind().getReference()).genericize()
                    .toString(false);
            if (e instanceof GroupDef) {
                if (path != null) {
                    (((GroupDef) e).getRepeat() ? repeats : groups).add(path);
                }
            } else if (e instanceof QuestionDef && path != null) {
                int control = ((QuestionDef) e).getControlType();
                if (control == Constants.CONTROL_SELECT_MULTI) {
                    multi.add(path);
                } else if (control == Constants.CONTROL_SELECT_ONE) {
                    one.add(path);
                }
            }
            controls(e.getChildren(), repeats, groups, multi, one);
        }
    }

    static List<Map<String, Object>> snapshot(FormDef form) {
        Set<String> repeats = REPEATS.get();
        repeats.clear();
        Set<String> groups = new HashSet<>();
        Set<String> multi = new HashSet<>();
        Set<String> one = new HashSet<>();
        controls(form.getChildren(), repeats, groups, multi, one);
        List<Map<String, Object>> nodes = new ArrayList<>();
        walk(form, form.getMainInstance().getRoot(), "", groups, multi, one, nodes);
        return nodes;
    }

    static void walk(FormDef form, TreeElement e, String parent, Set<String> groups, Set<String> multi,
            Set<String> one, List<Map<String, Object>> out) {
        if (e.getMult() == TreeReference.INDEX_TEMPLATE) {
            return;
        }
        TreeReference ref = e.getRef();
        String generic = ref.genericize().toString(false);
        String path = parent + "/" + e.getName()
                + (REPEATS.get().contains(generic) ? "[" + (e.getMult() + 1) + "]" : "");
        if (e.getNumChildren() > 0 || e.getParent() == null || groups.contains(generic)
                || REPEATS.get().contains(generic)) {
            for (int i = 0; i < e.getNumChildren(); i++) {
                walk(form, e.getChildAt(i), e.getParent() == null ? "/" + e.getName() : path, groups, multi, one, out);
            }
            return;
        }
        IAnswerData data = e.getValue();
        Object value;
        String text = data == null ? "" : String.valueOf(new XFormAnswerDataSerializer().serializeAnswerData(data));
        if (multi.contains(generic)) {
            List<String> items = new ArrayList<>();
            for (String s : text.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    items.add(s);
                }
            }
            value = items;
        } else if (one.contains(generic)) { // a select_one is reported as a list of its one value
            value = text.isEmpty() ? List.of() : List.of(text);
        } else {
            value = text;
        }
        String violation = null;
        if (e.isRelevant()) {
            if (e.isRequired() && data == null) {
                violation = "required";
            } else if (data != null && e.getConstraint() != null && !form.evaluateConstraint(ref, data)) {
                violation = "constraint";
            }
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("ref", path);
        node.put("relevant", e.isRelevant());
        node.put("required", e.isRequired());
        node.put("value", value);
        node.put("violation", violation);
        out.add(node);
    }
}
